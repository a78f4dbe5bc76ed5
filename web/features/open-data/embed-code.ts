/** Heights a partner may choose for the embedded map, in CSS pixels. */
export const EMBED_HEIGHT = { min: 320, max: 1200, initial: 560 } as const;

/** The language whose pages have no prefix (`/embed`); the others are `/{lang}/embed`. */
export const DEFAULT_LANGUAGE = 'en';

export function embedPath(lang: string): string {
  return lang === DEFAULT_LANGUAGE ? '/embed' : `/${lang}/embed`;
}

/** The embedded map's address for a language and a view's query string (`?theme=climate`). */
export function embedUrl(origin: string, lang: string, search: string): string {
  return `${origin}${embedPath(lang)}${search}`;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT.initial;
  return Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.round(height)));
}

/** The <iframe> a partner pastes into a page: full width, the chosen height, lazy-loaded. */
export function iframeCode(o: {
  origin: string;
  lang: string;
  search: string;
  height: number;
  title: string;
}): string {
  const src = embedUrl(o.origin, o.lang, o.search);
  return (
    `<iframe src="${attr(src)}" title="${attr(o.title)}" width="100%" ` +
    `height="${clampHeight(o.height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
