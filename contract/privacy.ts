import { z } from 'zod';

/** What the privacy page states from the server's own configuration. */
export const privacyFactsSchema = z.object({
  /** Days a submission's private contact e-mail is kept after staff decide on it. */
  contactRetentionDays: z.number().int().min(1),
});
export type PrivacyFacts = z.infer<typeof privacyFactsSchema>;
