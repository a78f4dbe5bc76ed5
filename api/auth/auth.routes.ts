import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../lib/context.ts';
import { validationError } from '../lib/problem.ts';
import { clientKey, rateLimit, RateLimiter } from '../lib/rate-limit.ts';
import { recordAudit } from '../moderation/audit.service.ts';
import {
  type CurrentSession,
  loginBodySchema,
  newStaffSchema,
  passwordChangeSchema,
  passwordResetSchema,
  staffUpdateSchema,
} from '../../contract/auth.ts';
import { staffIdParamSchema } from './auth.schema.ts';
import {
  changeOwnPassword,
  createStaff,
  listStaff,
  login,
  resetStaffPassword,
  updateStaff,
} from './auth.service.ts';
import {
  actorOf,
  assertSameOrigin,
  clearSessionCookie,
  cookieName,
  requireStaff,
  resolveSession,
  revokeSession,
  sessionInfo,
  setSessionCookie,
  type StaffEnv,
} from './session.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { validJson, validParam } from './validate.ts';
import { limitBody } from '../lib/body-limit.ts';

/** A router for staff endpoints: validation failures become problem+json 400s. */
export function createStaffRouter() {
  return new OpenAPIHono<StaffEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

const smallBody = () => limitBody(16 * 1024);

/** Sign-in, sign-out, the current session, and (admins) staff accounts. */
export function authRoutes() {
  const app = createStaffRouter();
  // A coarse limit on top of the per-email and per-client failure counts in the service.
  const loginLimiter = new RateLimiter(30, 60_000);
  const throttle = new SignInThrottle();

  app.post(
    '/auth/login',
    smallBody(),
    rateLimit(loginLimiter, 'Too many sign-in attempts. Please wait a minute and try again.'),
    async (c, next) => {
      assertSameOrigin(c);
      await next();
    },
    validJson(loginBodySchema),
    async (c) => {
      const deps = c.get('deps');
      const { token, staff, session } = await login(
        deps,
        throttle,
        c.req.valid('json'),
        clientKey(c as unknown as Context<AppEnv>), // same request, narrower env type
      );
      setSessionCookie(c, token);
      c.header('Cache-Control', 'no-store');
      return c.json(sessionInfo(staff, session), 200);
    },
  );

  app.post('/auth/logout', requireStaff(), (c) => {
    const deps = c.get('deps');
    revokeSession(deps.db, c.get('session').idHash);
    recordAudit(deps.db, deps.now(), { actor: actorOf(c.get('staff')), action: 'logout' });
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/auth/me', (c) => {
    const deps = c.get('deps');
    c.header('Cache-Control', 'no-store');
    const found = resolveSession(deps.db, getCookie(c, cookieName(deps)), deps.now());
    const body: CurrentSession = found
      ? { signedIn: true, ...sessionInfo(found.staff, found.session) }
      : { signedIn: false };
    return c.json(body, 200);
  });

  // Any signed-in staff member, for their own account; every other session of it ends.
  app.post(
    '/auth/password',
    requireStaff(),
    smallBody(),
    rateLimit(loginLimiter, 'Too many attempts. Please wait a minute and try again.'),
    validJson(passwordChangeSchema),
    async (c) => {
      const deps = c.get('deps');
      await changeOwnPassword(
        deps,
        throttle,
        c.get('staff'),
        c.get('session'),
        c.req.valid('json'),
        clientKey(c as unknown as Context<AppEnv>), // same request, narrower env type
      );
      return c.body(null, 204);
    },
  );

  app.use('/auth/staff', requireStaff('admin'));
  app.use('/auth/staff/*', requireStaff('admin'));
  app.get('/auth/staff', (c) => c.json({ items: listStaff(c.get('deps').db) }, 200));
  app.post('/auth/staff', smallBody(), validJson(newStaffSchema), async (c) => {
    const deps = c.get('deps');
    const user = await createStaff(
      deps.db,
      deps.now(),
      c.req.valid('json'),
      actorOf(c.get('staff')),
    );
    return c.json(user, 201);
  });
  app.patch(
    '/auth/staff/:id',
    smallBody(),
    validParam(staffIdParamSchema),
    validJson(staffUpdateSchema),
    (c) => {
      const deps = c.get('deps');
      const user = updateStaff(
        deps.db,
        deps.now(),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('staff'),
      );
      return c.json(user, 200);
    },
  );
  app.post(
    '/auth/staff/:id/password',
    smallBody(),
    validParam(staffIdParamSchema),
    validJson(passwordResetSchema),
    async (c) => {
      const deps = c.get('deps');
      const user = await resetStaffPassword(
        deps.db,
        throttle,
        deps.now(),
        c.req.valid('param').id,
        c.req.valid('json').password,
        c.get('staff'),
      );
      return c.json(user, 200);
    },
  );
  return app;
}
