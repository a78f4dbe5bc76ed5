import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS } from '../../contract/filter-rules.ts';
import { EMPTY_FILTERS, toApiQuery } from './filters.ts';

describe('the filters as query parameters', () => {
  it("are written in the shared order, so the server's first paint asks for the same map picture as the app", () => {
    const every = {
      ...EMPTY_FILTERS,
      theme: ['climate'],
      action: ['campaign'],
      region: ['africa'],
      subregion: ['eastern-africa'],
      country: ['KE'],
      yearFrom: 2019,
      yearTo: 2024,
      q: 'peace',
    };
    expect(
      Object.keys(toApiQuery(every)).filter((k) => toApiQuery(every)[k] !== undefined),
    ).toEqual([...FILTER_PARAMS]);
  });
});
