import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, STAFF_ROLES } from './vocabulary.ts';

export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters')
  .email('Enter an email address, like name@example.org');

export const loginBodySchema = z.object({
  // Deliberately loose: a malformed email is just a failed sign-in, never a hint.
  email: z.string().trim().toLowerCase().min(1, 'Enter your email').max(254),
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

export const staffNameSchema = z.string().trim().min(1).max(120).nullable();

export const newStaffSchema = z.strictObject({
  email: staffEmailSchema,
  name: staffNameSchema.optional(),
  role: z.enum(STAFF_ROLES),
  password: passwordSchema,
});
export type NewStaff = z.infer<typeof newStaffSchema>;

export const staffUpdateSchema = z
  .object({
    name: staffNameSchema.optional(),
    role: z.enum(STAFF_ROLES).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'Change at least one thing');
export type StaffUpdate = z.infer<typeof staffUpdateSchema>;

export const passwordResetSchema = z.strictObject({ password: passwordSchema });

/** A signed-in staff member changes their own password: the current one proves it is them. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, 'Enter your current password')
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`),
  newPassword: passwordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

export const staffUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(STAFF_ROLES),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

/** What a successful sign-in returns (and `GET /api/auth/me` with `signedIn: true`). */
export const sessionInfoSchema = z.object({
  user: staffUserSchema.pick({ id: true, email: true, name: true, role: true }),
  /** Send back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
  /** When the session ends at the latest, ISO 8601. */
  expiresAt: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/**
 * What `GET /api/auth/me` returns: always 200, since "not signed in" is an expected answer
 * when the workspace opens, not an error (a 401 would be logged in the browser's console).
 */
export const currentSessionSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  sessionInfoSchema.extend({ signedIn: z.literal(true) }),
]);
export type CurrentSession = z.infer<typeof currentSessionSchema>;

export const CSRF_HEADER = 'X-CSRF-Token';
