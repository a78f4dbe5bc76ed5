import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app.ts';

describe('GET /api/privacy', () => {
  it('states the configured retention of contact e-mails', async () => {
    const { app } = testApp({ env: { CONTACT_RETENTION_DAYS: 45 } });
    const res = await app.request('/api/privacy');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ contactRetentionDays: 45 });
    const fallback = await testApp().app.request('/api/privacy');
    expect(await fallback.json()).toEqual({ contactRetentionDays: 90 });
  });
});
