import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR } from '../contract/vocabulary.ts';
import {
  checkCatalogueQuality,
  findNearDuplicates,
  mergeCatalogues,
  normaliseOrganisation,
  parseCatalogueText,
  weakSourceReason,
  type CatalogueEntry,
} from './catalogue.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function record(overrides: Record<string, unknown> = {}) {
  return {
    slug: 'kenya-example-club',
    title: 'Example club',
    country: 'KE',
    locality: 'Nairobi',
    lat: -1.29,
    lon: 36.82,
    themes: ['bullying'],
    actions: ['peer-support'],
    year: 2020,
    organization: 'Example',
    summary: words(30),
    source_url: 'https://example.org/kenya-example-club',
    source_title: 'Example club',
    ...overrides,
  };
}
const line = (o: Record<string, unknown>) => JSON.stringify(record(o));
const known = new Set(['KE', 'UG', 'TZ']);

describe('parseCatalogueText', () => {
  it('accepts a well-formed record and applies defaults', () => {
    const r = parseCatalogueText(
      JSON.stringify({ ...record(), locality: undefined, lat: undefined, lon: undefined }),
      'a.jsonl',
      known,
    );
    expect(r.problems).toEqual([]);
    expect(r.entries[0]?.record.lat).toBeNull();
  });

  it.each([
    ['an unknown theme', { themes: ['violence'] }, 'themes'],
    ['an unknown action', { actions: ['lobbying'] }, 'actions'],
    ['no theme', { themes: [] }, 'themes'],
    ['four themes', { themes: ['bullying', 'gender', 'climate', 'justice'] }, 'themes'],
    ['three actions', { actions: ['awareness', 'advocacy', 'innovation'] }, 'actions'],
    ['a repeated theme', { themes: ['gender', 'gender'] }, 'themes'],
    ['a summary under 25 words', { summary: words(24) }, 'summary'],
    ['a summary over 90 words', { summary: words(91) }, 'summary'],
    ['a bad slug', { slug: 'Kenya Club' }, 'slug'],
    ['a lower-case country', { country: 'ke' }, 'country'],
    ['lat without lon', { lon: null }, 'lat'],
    ['a year before MIN_YEAR', { year: MIN_YEAR - 1 }, 'year'],
    ['a year after MAX_YEAR', { year: MAX_YEAR + 1 }, 'year'],
    ['a non-web source', { source_url: 'ftp://example.org/x' }, 'source_url'],
    ['an unknown field', { region: 'Africa' }, 'region'],
  ])('rejects %s', (_label, change, field) => {
    const r = parseCatalogueText(line(change), 'a.jsonl', known);
    expect(r.entries).toHaveLength(0);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toContain(field);
  });

  it('rejects a country code that is not in the reference', () => {
    const r = parseCatalogueText(line({ country: 'XX' }), 'a.jsonl', known);
    expect(r.problems[0]?.message).toMatch(/unknown ISO 3166-1 code "XX"/);
  });

  it('reports broken JSON with its line number', () => {
    const r = parseCatalogueText(`${line({})}\n{"slug": `, 'a.jsonl', known);
    expect(r.entries).toHaveLength(1);
    expect(r.problems).toEqual([expect.objectContaining({ line: 2 })]);
  });
});

describe('mergeCatalogues', () => {
  it('rejects a slug used twice, also across files', () => {
    const a = parseCatalogueText(line({}), 'a.jsonl', known);
    const b = parseCatalogueText(line({ source_url: 'https://example.org/other' }), 'b.jsonl');
    const merged = mergeCatalogues([a, b]);
    expect(merged.entries).toHaveLength(1);
    expect(merged.problems[0]).toMatchObject({
      file: 'b.jsonl',
      message: expect.stringMatching(/^slug: duplicate/),
    });
  });

  it('rejects a source URL used twice, ignoring case and a trailing slash', () => {
    const a = parseCatalogueText(line({}), 'a.jsonl');
    const b = parseCatalogueText(
      line({ slug: 'kenya-other-club', source_url: 'https://EXAMPLE.org/kenya-example-club/' }),
      'b.jsonl',
    );
    const merged = mergeCatalogues([a, b]);
    expect(merged.entries).toHaveLength(1);
    expect(merged.problems[0]?.message).toMatch(/^source_url: already used by kenya-example-club/);
  });
});

describe('checkCatalogueQuality', () => {
  const entries = (countries: string[]): CatalogueEntry[] =>
    countries.map((country, i) => ({
      file: 'a.jsonl',
      line: i + 1,
      record: parseCatalogueText(
        line({ slug: `c-${i}`, country, source_url: `https://example.org/${i}` }),
        'a.jsonl',
      ).entries[0]!.record,
    }));

  it('allows four entries for a country', () => {
    expect(checkCatalogueQuality(entries(['KE', 'KE', 'KE', 'KE', 'UG']))).toEqual([]);
  });

  it('reports every entry beyond the fourth for a country', () => {
    const problems = checkCatalogueQuality(entries(['KE', 'KE', 'UG', 'KE', 'KE', 'KE', 'KE']));
    expect(problems.map((p) => p.slug)).toEqual(['c-5', 'c-6']);
    expect(problems[0]?.message).toMatch(/more than 4 entries for KE/);
  });
});

describe('normaliseOrganisation', () => {
  it('gives one name for a children’s parliament spelled in two languages', () => {
    expect(normaliseOrganisation('Parlement des enfants de Guinée')).toEqual([
      'childrens parliament',
    ]);
    expect(normaliseOrganisation("Children's Parliament of Guinea")).toEqual([
      'childrens parliament',
    ]);
  });

  it('drops accents, brackets, small words and supporting agencies', () => {
    expect(
      normaliseOrganisation('Unión de Niños Trabajadores (UNATSBO); UNICEF Bolivia, World Vision'),
    ).toEqual(['union ninos trabajadores']);
  });
});

describe('findNearDuplicates', () => {
  const rec = (o: Record<string, unknown>) =>
    parseCatalogueText(line(o), 'a.jsonl').entries[0]!.record;

  it('pairs two entries of one organisation spelled differently, sharing no theme', () => {
    const a = rec({ slug: 'a-1', organization: 'Cecodap', themes: ['bullying'] });
    const b = rec({
      slug: 'a-2',
      organization: 'CECODAP, with UNICEF',
      themes: ['climate'],
      actions: ['advocacy'],
      locality: null,
      lat: null,
      lon: null,
      source_url: 'https://example.org/2',
    });
    expect(findNearDuplicates([a, b])).toEqual([
      { a: 'a-1', b: 'a-2', reason: 'organisation "cecodap"' },
    ]);
  });

  it('pairs two children’s parliaments of one country, not of two', () => {
    const a = rec({ slug: 'p-1', title: "Children's Parliament sitting", organization: null });
    const b = rec({
      slug: 'p-2',
      title: 'Parlement des enfants',
      organization: null,
      source_url: 'https://example.org/2',
    });
    const c = rec({
      slug: 'p-3',
      country: 'UG',
      title: 'Children’s parliament',
      organization: null,
    });
    expect(findNearDuplicates([a, b, c]).map((d) => `${d.a}~${d.b}`)).toEqual(['p-1~p-2']);
  });

  it('does not pair entries that only share a supporting agency', () => {
    const a = rec({ slug: 's-1', organization: 'Club A; UNICEF Kenya' });
    const b = rec({
      slug: 's-2',
      organization: 'Club B; UNICEF Kenya',
      source_url: 'https://example.org/2',
    });
    expect(findNearDuplicates([a, b])).toEqual([]);
  });
});

describe('weakSourceReason', () => {
  it.each([
    ['https://joostbastmeijer.com/blog/tag/Climate+crisis', 'tag'],
    ['https://www.icelandreview.com/tag/climate-activists/', 'tag'],
    ['https://www.unicef.org/jamaica/topics/jamaica?items_per_page=10&page=15', 'topic'],
    ['https://cdia.org.py/author/cdidmin/page/2', 'author'],
    ['https://ponabana.com/category/participation/page/4', 'category'],
    ['https://trebasaozvat.webnode.sk/', 'home page'],
    ['https://tobago571.rssing.com/chan-61100815/article3003.html', 'rssing.com'],
    ['http://gyjob.org/thirty-one-students.html', 'gyjob.org'],
    ['https://jamaican.xyz/young-leaders-26222.html', 'jamaican.xyz'],
    ['https://vdocuments.site/anticipating.html', 'vdocuments.site'],
    ['https://pdfslide.us/documents/children.html', 'pdfslide.us'],
    ['http://rantburg.com/comments.php?D=2004-09-15', 'rantburg.com'],
    ['https://staging.worldvision.or.th/en/news-en/x', 'staging'],
    ['https://www.icelandreview.com/2020/02/22/', 'dated archive'],
  ])('flags %s', (url, words) => {
    expect(weakSourceReason(url)).toContain(words);
  });

  it.each([
    'https://www.unicef.org/jamaica/stories/children-make-historic-appeal',
    'https://odil.org/?p=5072',
    'https://www.theguardian.com/world/2019/aug/11/pacific-islands-forum-tuvalu-children',
    'https://www.nationalassembly.gov.bz/national-assembly-hosts-childrens-parliament/',
  ])('accepts an article page %s', (url) => {
    expect(weakSourceReason(url)).toBeNull();
  });
});
