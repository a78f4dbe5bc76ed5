import { describe, expect, it } from 'vitest';
import { clampHeight, embedUrl, iframeCode } from './embed-code.ts';

describe('embed code', () => {
  it('points at /embed with the view’s filters, or /{lang}/embed for another language', () => {
    expect(embedUrl('https://map.example.org', 'en', '?theme=climate')).toBe(
      'https://map.example.org/embed?theme=climate',
    );
    expect(embedUrl('https://map.example.org', 'fr', '')).toBe('https://map.example.org/fr/embed');
  });

  it('gives an iframe with the height chosen, kept within bounds, and escaped values', () => {
    const code = iframeCode({
      origin: 'https://map.example.org',
      lang: 'en',
      search: '?theme=climate&country=KE',
      height: 480,
      title: 'Map "of" initiatives',
    });
    expect(code).toBe(
      '<iframe src="https://map.example.org/embed?theme=climate&amp;country=KE" ' +
        'title="Map &quot;of&quot; initiatives" width="100%" height="480" ' +
        'style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(clampHeight(50)).toBe(320);
    expect(clampHeight(5000)).toBe(1200);
    expect(clampHeight(Number.NaN)).toBe(560);
  });
});
