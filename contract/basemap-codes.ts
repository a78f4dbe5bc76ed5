/**
 * How the basemap's Natural Earth shapes (world-atlas) become countries, shared by the live
 * map (web/lib/basemap.ts) and the still picture the API draws, so both shade the same shape
 * for the same country. Pure: the numeric-to-alpha-2 table (i18n-iso-countries' codes.json)
 * is passed in by the caller.
 */

/**
 * Natural Earth shows some disputed or self-declared areas as separate shapes; a UN map shows
 * them as part of the member state (N. Cyprus: CY; Somaliland: SO). Kosovo uses the
 * user-assigned code XK, which the country reference also uses.
 */
const NO_NUMERIC_CODE: Record<string, string> = {
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  Kosovo: 'XK',
};
/** Not drawn: no initiatives can sit there and it fills a third of a Mercator map. */
const LEFT_OUT = new Set(['AQ']);

/**
 * A function giving a Natural Earth feature's ISO alpha-2 code, or undefined for one not
 * drawn. `codes` rows are [alpha-2, alpha-3, numeric], as in i18n-iso-countries' codes.json.
 */
export function isoResolver(
  codes: readonly (readonly string[])[],
): (id: string | number | undefined, sourceName: string) => string | undefined {
  const numericToAlpha2 = new Map(codes.map((row) => [row[2], row[0]]));
  return (id, sourceName) => {
    const iso =
      (id !== undefined ? numericToAlpha2.get(String(id)) : undefined) ??
      NO_NUMERIC_CODE[sourceName];
    return iso && !LEFT_OUT.has(iso) ? iso : undefined;
  };
}

/**
 * Rings crossing the antimeridian (Russia, Fiji) jump from +180 to -180 and would be drawn as
 * stripes across the world. Unwrap each ring so consecutive points are never more than 180°
 * apart (longitudes may then run past 180, which MapLibre draws correctly), then move the ring
 * back so most of it lies within -180..180.
 */
export function unwrapRing(ring: readonly (readonly number[])[]): [number, number][] {
  const out: [number, number][] = [];
  let shift = 0;
  let prev: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    if (prev !== undefined) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  const mean = out.reduce((s, p) => s + p[0], 0) / (out.length || 1);
  const back = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return back ? out.map(([lon, lat]) => [lon + back, lat]) : out;
}
