import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { staffUsers } from '../../db/schema.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as, PASSWORD, type App, type Session } from './auth.test-helpers.ts';

let db: Db, app: App, admin: Session;

beforeEach(async () => {
  ({ db, app, admin } = await testAppWithStaff());
});

const JSON_TYPE = { 'Content-Type': 'application/json' };
const NEW_PASSWORD = 'amber meadow kettle orbit 77';

describe('staff account bodies refuse fields they do not know, named like built-ins too', () => {
  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'isAdmin'])(
    'creating an account with "%s" is a 400 naming it, and creates nothing',
    async (key) => {
      const count = db.select().from(staffUsers).all().length;
      const res = await as(app, admin).post(
        '/api/auth/staff',
        `{"email":"new@example.org","role":"moderator","password":"${PASSWORD}","${key}":{"role":"admin"}}`,
        JSON_TYPE,
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
      expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual([key]);
      expect(db.select().from(staffUsers).all()).toHaveLength(count);
    },
  );

  it.each(['__proto__', 'constructor'])(
    'a password reset or change with "%s" is a 400 naming it',
    async (key) => {
      const reset = await as(app, admin).post(
        '/api/auth/staff/1/password',
        `{"password":"${NEW_PASSWORD}","${key}":1}`,
        JSON_TYPE,
      );
      expect(reset.status).toBe(400);
      expect(Object.keys(((await reset.json()) as { errors: object }).errors)).toEqual([key]);
      const change = await as(app, admin).post(
        '/api/auth/password',
        `{"currentPassword":"${PASSWORD}","newPassword":"${NEW_PASSWORD}","${key}":1}`,
        JSON_TYPE,
      );
      expect(change.status).toBe(400);
      expect(Object.keys(((await change.json()) as { errors: object }).errors)).toEqual([key]);
    },
  );
});
