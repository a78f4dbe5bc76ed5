import { describe, expect, it } from 'vitest';
import { as } from '../auth/auth.test-helpers.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testApp, testAppWithStaff } from '../../tests/helpers/test-app.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('link-preview images', () => {
  it("draws an initiative's card as a 1200 x 630 PNG", async () => {
    const { app, db } = testApp();
    insertInitiative(db, { slug: 'kenya-club', title: 'Club in Nairobi', country: 'KE' });
    const res = await app.request('/api/previews/initiatives/kenya-club');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  }, 30_000);

  it('keeps its ETag while other entries change, and changes it with its own entry', async () => {
    const { app, db, mod } = await testAppWithStaff();
    const { id } = insertInitiative(db, { slug: 'kenya-club', title: 'Club in Nairobi' });
    const other = insertInitiative(db, { slug: 'another-one' });
    const first = await app.request('/api/previews/initiatives/kenya-club');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);

    const edit = (entry: number, body: object) =>
      as(app, mod).patch(`/api/moderation/entries/${entry}`, { version: 1, ...body });
    expect((await edit(other.id, { title: 'Another title' })).status).toBe(200);
    const same = await app.request('/api/previews/initiatives/kenya-club', {
      headers: { 'If-None-Match': etag },
    });
    expect(same.status).toBe(304);

    expect((await edit(id, { title: 'Club in Mombasa' })).status).toBe(200);
    const changed = await app.request('/api/previews/initiatives/kenya-club', {
      headers: { 'If-None-Match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  }, 30_000);

  it('never draws an unpublished entry', async () => {
    const { app, db } = testApp();
    insertInitiative(db, { slug: 'not-public', status: 'pending' });
    const res = await app.request('/api/previews/initiatives/not-public');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('draws the map card', async () => {
    const { app, db } = testApp();
    insertInitiative(db, { country: 'KE' });
    const res = await app.request('/api/previews/map');
    expect(res.status).toBe(200);
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});
