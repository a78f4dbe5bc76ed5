import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { metaJson, publicInitiativeJson } from '../initiatives/initiatives.service.ts';
import { PublicReadModel } from '../initiatives/read-model.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('public bodies that never change while the app runs', () => {
  it('the OpenAPI document and its readable page are built once, not per request', async () => {
    const build = vi.spyOn(OpenApiGeneratorV31.prototype, 'generateDocument');
    const app = createApp({ db: testDb(), env: { LOG_LEVEL: 'silent' } });
    const first = await (await app.request('/api/openapi.json')).text();
    for (let i = 0; i < 3; i++) {
      expect(await (await app.request('/api/openapi.json')).text()).toBe(first);
      const page = await app.request('/api/docs');
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    }
    const zipped = await app.request('/api/openapi.json', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/^application\/json/);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe('public bodies built from the published data', () => {
  it('the reference data and one initiative are cached per snapshot like the lists; 404s are not', () => {
    const db = testDb();
    const { slug } = insertInitiative(db);
    const model = new PublicReadModel(db);
    expect(metaJson(model)).toBe(metaJson(model));
    expect(publicInitiativeJson(model, slug)).toBe(publicInitiativeJson(model, slug));
    const cached = model.current().responses.size;
    expect(() => publicInitiativeJson(model, 'no-such-entry')).toThrow();
    expect(model.current().responses.size).toBe(cached);
  });
});
