import { describe, expect, it } from 'vitest';
import { POINT_FIELDS, type Points } from '../../../contract/initiatives.ts';
import { toItems } from './explorer-data.ts';
import { makeItem, META } from '../../../tests/helpers/web-fixtures.ts';

const FIELDS: Points['fields'] = [...POINT_FIELDS];

describe('toItems', () => {
  it('reads the compact rows and adds country name, region and sub-region', () => {
    const items = toItems(
      {
        fields: FIELDS,
        rows: [
          [
            'peace-club',
            'Peace club',
            'KE',
            'Nairobi',
            ['climate'],
            ['advocacy'],
            2019,
            false,
            36.8,
            -1.3,
            'en',
          ],
          ['no-place', 'No place', 'FR', null, ['gender', 'climate'], [], null, true, 2, 46, 'fr'],
        ],
      },
      META,
    );
    expect(items).toEqual([
      makeItem({ slug: 'peace-club', title: 'Peace club', language: 'en' }),
      makeItem({
        slug: 'no-place',
        title: 'No place',
        country: 'FR',
        countryName: 'France',
        region: 'europe',
        subregion: 'western-europe',
        locality: null,
        themes: ['gender', 'climate'],
        actions: [],
        year: null,
        approximate: true,
        language: 'fr',
        lon: 2,
        lat: 46,
      }),
    ]);
  });

  it('refuses rows laid out in another order, instead of mixing up values', () => {
    const swapped = [...FIELDS].reverse() as Points['fields'];
    expect(() => toItems({ fields: swapped, rows: [] }, META)).toThrow(/Unexpected map data/);
  });
});
