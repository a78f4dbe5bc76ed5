import { describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testApp } from '../../tests/helpers/test-app.ts';

const LICENCE = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"';

describe('the terms of reuse travel with the open data', () => {
  it('the CSV names its licence, and every row keeps its source link', async () => {
    const { app, db } = testApp();
    insertInitiative(db, { slug: 'with-source', sourceUrl: 'https://example.org/report' });
    const res = await app.request('/api/initiatives.csv');
    expect(res.headers.get('link')).toBe(LICENCE);
    const [header, row] = (await res.text()).split('\r\n');
    expect(header?.split(',')).toContain('source_url');
    expect(row).toContain('https://example.org/report');
  });

  it('the GeoJSON names its licence and attribution, and every feature its source', async () => {
    const { app, db } = testApp();
    insertInitiative(db, { slug: 'with-source', sourceUrl: 'https://example.org/report' });
    const res = await app.request('/api/initiatives.geojson');
    expect(res.headers.get('link')).toBe(LICENCE);
    const body = (await res.json()) as {
      license: string;
      licenseUrl: string;
      attribution: string;
      rights: string;
      features: { properties: { sourceUrl: string | null } }[];
    };
    expect(body).toMatchObject({
      license: 'CC-BY-4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      attribution: 'Participation Map',
    });
    expect(body.rights).toMatch(/keep their own terms/);
    expect(body.features[0]?.properties.sourceUrl).toBe('https://example.org/report');
  });
});
