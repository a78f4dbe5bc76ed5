import { describe, expect, it } from 'vitest';
import { testApp } from '../../tests/helpers/test-app.ts';
import { loadEnv } from '../env.ts';

describe('GET /api/contact', () => {
  it("always gives the office's website, and no contact the operator did not set", async () => {
    const { app } = testApp();
    const res = await app.request('/api/contact');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      email: null,
      url: null,
      officeWebsite: 'https://violenceagainstchildren.un.org/',
    });
  });

  it('gives the e-mail and page set by the operator', async () => {
    const { app } = testApp({
      env: { CONTACT_EMAIL: 'map@example.org', CONTACT_URL: 'https://example.org/contact' },
    });
    expect(await (await app.request('/api/contact')).json()).toMatchObject({
      email: 'map@example.org',
      url: 'https://example.org/contact',
    });
  });

  it('is described in the public API document', async () => {
    const { app } = testApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/contact']).toBeDefined();
  });
});

describe('contact settings', () => {
  it('a bad contact e-mail or page stops start-up naming the setting', () => {
    expect(() => loadEnv({ CONTACT_EMAIL: 'not-an-email' })).toThrow(/CONTACT_EMAIL/);
    expect(() => loadEnv({ CONTACT_URL: 'javascript:alert(1)' })).toThrow(/CONTACT_URL/);
  });
});
