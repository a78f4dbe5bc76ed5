import type { MultiPolygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { languageOf, type LanguageCode } from '../../../contract/languages.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import type { Basemap } from '../../lib/basemap.ts';
import { labelMinZoom, placeLabels, type Box, type LabelCandidate } from './label-placement.ts';
import { PointIndex, worldCopies, type View } from './point-index.ts';
import { BASEMAP_COLORS, CLUSTER_COLOR, themeColor } from '../../lib/scales.ts';
import { SMALL_STATE_RADIUS, type SmallState } from './small-states.ts';

/**
 * Everything on the map that changes with the visitor: the initiatives' points and clusters,
 * country names and the hovered country's outline. Drawn on a 2D canvas laid over MapLibre's
 * canvas, in the same animation frame as the map (its `render` event). MapLibre keeps the
 * basemap and the choropleth. A filter change re-clusters in the page and redraws at once: no
 * worker round trip, no re-tiling, and no WebGL programs to compile for points or text.
 * Hit-testing is done here too, against what was drawn. Decision: docs/decisions/015.
 */
export type DrawnFeature =
  | { kind: 'point'; x: number; y: number; r: number; item: MapItem }
  | {
      kind: 'cluster';
      x: number;
      y: number;
      r: number;
      id: number;
      count: number;
      lon: number;
      lat: number;
    };
export type DrawnLabel = { iso: string; name: string; x: number; y: number };
/** A small state's marker on screen (docs/decisions/017). */
export type DrawnState = {
  kind: 'state';
  iso: string;
  name: string;
  x: number;
  y: number;
  r: number;
  /** Radius of the point or cluster the marker is a band around; 0 for a whole marker. */
  inner: number;
};

export const POINT_RADIUS = 7;
/** Extra reach around each circle, forgiving for fingers and unsteady hands. */
export const PICK_SLOP = 8;
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial';
/**
 * Fonts that have the script of a language, tried first for names in it: Chinese names in a
 * Simplified Chinese face (not a Japanese one's forms of the same characters), Arabic names
 * in an Arabic face, shaped and joined. Found on Linux (Debian's fonts-noto-core and
 * fonts-noto-cjk), macOS and Windows.
 */
const SCRIPT_FONTS: Partial<Record<LanguageCode, string>> = {
  zh: '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"',
  ar: '"Noto Sans Arabic", "Noto Naskh Arabic", "Geeza Pro", "Segoe UI", Tahoma',
};
/** Any other script still finds a face before the generic one (a name left in Arabic, say). */
const LAST_RESORT = '"Noto Sans Arabic", "Noto Sans CJK SC", sans-serif';
const COUNT_FONT = `700 12px ${SANS}, sans-serif`;

/** The font country names are drawn with, for the interface's language. */
export function labelFont(lang: LanguageCode): string {
  const script = SCRIPT_FONTS[lang];
  return `600 12px ${script ? `${script}, ` : ''}${SANS}, ${LAST_RESORT}`;
}
const LABEL_HEIGHT = 14;

export function clusterRadius(count: number): number {
  if (count < 10) return 13;
  if (count < 50) return 16;
  if (count < 200) return 20;
  if (count < 1000) return 25;
  return 30;
}

const compactCounts = new Map<string, Intl.NumberFormat>();

/** Short form of a cluster count, the language's way where it fits ("1.2K", "1,2 k", "1.2万"). */
export function abbreviateCount(n: number, lang: LanguageCode = 'en'): string {
  // Before the format is made: making it costs tens of milliseconds, and the catalogue's
  // clusters never reach 1,000.
  if (n < 1000) return String(n);
  let f = compactCounts.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    compactCounts.set(lang, f);
  }
  const short = f.format(n);
  // A cluster's circle holds about five characters; a longer word ("1.2 ألف") gives way.
  if (short.length <= 5) return short;
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : `${Math.round(n / 100) / 10}k`;
}

/** The drawn feature nearest to (x, y) that the pointer is on or close to, if any. */
export function nearest(
  drawn: readonly DrawnFeature[],
  x: number,
  y: number,
  slop = PICK_SLOP,
): DrawnFeature | undefined {
  let best: DrawnFeature | undefined;
  let bestD = Infinity;
  for (const f of drawn) {
    const d = Math.hypot(f.x - x, f.y - y);
    if (d <= f.r + slop && d < bestD) {
      best = f;
      bestD = d;
    }
  }
  return best;
}

export const featureKey = (f: DrawnFeature): string =>
  f.kind === 'point' ? `p:${f.item.slug}` : `c:${f.id}`;

type Label = { iso: string; fallback: string; rank: number; lon: number; lat: number };

export class MapOverlay {
  readonly canvas: HTMLCanvasElement;
  private readonly map: MapLibreMap;
  private readonly labelSource: readonly Label[];
  private readonly shapes: ReadonlyMap<string, MultiPolygon[]>;
  private index: PointIndex | undefined;
  private drawn: DrawnFeature[] = [];
  private labels: DrawnLabel[] = [];
  private states: readonly SmallState[] = [];
  private stateColors: ReadonlyMap<string, string> = new Map();
  private drawnStates: DrawnState[] = [];
  private namer: ((iso: string, fallback: string) => string) | undefined;
  /** Font and writing direction of the names, from their language. */
  private labelStyle: { font: string; direction: CanvasDirection; lang: LanguageCode } = {
    font: labelFont('en'),
    direction: 'ltr',
    lang: 'en',
  };
  private readonly widths = new Map<string, number>();
  private hoverKey: string | null = null;
  private hoverCountry: string | null = null;
  private rings: { item: MapItem; kind: 'selected' | 'hovered' }[] = [];
  private lastFrame = '';
  private version = 0;
  private readonly onRender = () => this.draw();

  constructor(map: MapLibreMap, base: Basemap) {
    this.map = map;
    this.labelSource = base.labels.features
      .map((f) => ({
        iso: f.properties.iso,
        fallback: f.properties.name,
        rank: f.properties.rank,
        lon: f.geometry.coordinates[0] ?? 0,
        lat: f.geometry.coordinates[1] ?? 0,
      }))
      .sort((a, b) => b.rank - a.rank);
    const shapes = new Map<string, MultiPolygon[]>();
    for (const f of base.countries.features)
      shapes.set(f.properties.iso, [...(shapes.get(f.properties.iso) ?? []), f.geometry]);
    this.shapes = shapes;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-overlay';
    this.canvas.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().appendChild(this.canvas);
    map.on('render', this.onRender);
    map.on('resize', this.onRender);
  }

  remove(): void {
    this.map.off('render', this.onRender);
    this.map.off('resize', this.onRender);
    this.canvas.remove();
  }

  /** True once the first set of initiatives has been handed over. */
  get loaded(): boolean {
    return this.index !== undefined;
  }

  get count(): number {
    return this.index?.items.length ?? 0;
  }

  setItems(items: readonly MapItem[]): void {
    if (this.index?.items === items) return;
    this.index = new PointIndex(items);
    this.hoverKey = null;
    this.changed();
  }

  /**
   * Country names to draw, in `lang`; none until the site's own names are known. Arabic names
   * are laid out and measured right to left, so their letters join and order correctly.
   */
  setNames(
    namer: ((iso: string, fallback: string) => string) | undefined,
    lang: LanguageCode = 'en',
  ): void {
    this.namer = namer;
    this.labelStyle = { font: labelFont(lang), direction: languageOf(lang).dir, lang };
    this.widths.clear();
    this.changed();
  }

  setRings(selected: MapItem | undefined, hovered: MapItem | undefined): void {
    const rings: typeof this.rings = [];
    if (selected) rings.push({ item: selected, kind: 'selected' });
    if (hovered && hovered !== selected) rings.push({ item: hovered, kind: 'hovered' });
    this.rings = rings;
    this.changed();
  }

  setHover(f: DrawnFeature | undefined): void {
    const key = f ? featureKey(f) : null;
    if (key === this.hoverKey) return;
    this.hoverKey = key;
    this.changed();
  }

  setHoverCountry(iso: string | null): void {
    if (iso === this.hoverCountry) return;
    this.hoverCountry = iso;
    this.changed();
  }

  /** States too small for the basemap, drawn as markers in their class colour. */
  setSmallStates(states: readonly SmallState[], colors: ReadonlyMap<string, string>): void {
    if (states === this.states && colors === this.stateColors) return;
    this.states = states;
    this.stateColors = colors;
    this.changed();
  }

  /** What is under (x, y): see pickAt. */
  pick(x: number, y: number): DrawnFeature | DrawnState | undefined {
    this.draw();
    return pickAt(this.drawn, this.drawnStates, x, y);
  }

  expansion(clusterId: number, limit?: number): { zoom: number; leaves: MapItem[] } | undefined {
    return this.index?.expansion(clusterId, limit);
  }

  /** Points and clusters on screen now, in CSS pixels of the map canvas (tests, benchmark). */
  rendered(): readonly DrawnFeature[] {
    this.draw();
    return this.drawn;
  }

  /** Country names on screen now. */
  renderedLabels(): readonly DrawnLabel[] {
    this.draw();
    return this.labels;
  }

  /** The font and direction the names are drawn with now. */
  renderedLabelStyle(): { font: string; direction: CanvasDirection; lang: LanguageCode } {
    return this.labelStyle;
  }

  /** Small states' markers on screen now. */
  renderedSmallStates(): readonly DrawnState[] {
    this.draw();
    return this.drawnStates;
  }

  /**
   * Drawn with the map's next frame, once, however many changes come before it: as the map
   * starts, names, small states, points and rings arrive one after the other, and drawing
   * each at once cost a full draw apiece. What reads the drawing (pick, rendered) draws
   * first if a change is waiting, and so does the "map updated" mark (map-view.tsx).
   */
  private changed(): void {
    this.version++;
    this.map.triggerRepaint();
  }

  draw(): void {
    const map = this.map;
    const width = map.getCanvas().clientWidth;
    const height = map.getCanvas().clientHeight;
    const ratio = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    const center = map.getCenter();
    const frame = `${center.lng},${center.lat},${map.getZoom()},${map.getBearing()},${map.getPitch()},${width},${height},${ratio},${this.version}`;
    if (frame === this.lastFrame) return;
    this.lastFrame = frame;

    const canvas = this.canvas;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);

    const b = map.getBounds();
    const zoom = map.getZoom();
    // A margin of a circle's size, so circles entering from the edge are drawn whole.
    const margin = (40 * 360) / (512 * 2 ** zoom);
    const view: View = {
      west: b.getWest() - margin,
      east: b.getEast() + margin,
      south: Math.max(-85, b.getSouth() - margin),
      north: Math.min(85, b.getNorth() + margin),
      zoom, // the index clamps it to its own zoom range
    };
    this.drawn = this.index ? this.layoutPoints(view, width, height) : [];
    this.drawnStates = this.layoutStates(view, width, height);
    this.labels = this.namer ? this.layoutLabels(ctx, view, width, height) : [];

    this.paintLabels(ctx);
    this.paintStates(ctx);
    if (this.hoverCountry) this.paintOutline(ctx, this.hoverCountry, view);
    const hoverKey = this.hoverKey;
    let hovered: DrawnFeature | undefined;
    for (const f of this.drawn) {
      if (hoverKey && featureKey(f) === hoverKey) hovered = f;
      else this.paintFeature(ctx, f, false);
    }
    if (hovered) this.paintFeature(ctx, hovered, true);
    for (const ring of this.rings) {
      const p = map.project([nearCopy(ring.item.lon, center.lng), ring.item.lat]);
      ctx.beginPath();
      ctx.arc(p.x, p.y, ring.kind === 'selected' ? 13 : 12, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.strokeStyle = ring.kind === 'selected' ? '#1b1f24' : '#c2410c';
      ctx.stroke();
    }
  }

  private layoutPoints(view: View, width: number, height: number): DrawnFeature[] {
    const out: DrawnFeature[] = [];
    for (const v of (this.index as PointIndex).visible(view)) {
      const p = this.map.project([v.lon, v.lat]);
      const r = v.kind === 'cluster' ? clusterRadius(v.count) : POINT_RADIUS;
      if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) continue;
      out.push(
        v.kind === 'cluster'
          ? {
              kind: 'cluster',
              x: p.x,
              y: p.y,
              r,
              id: v.id,
              count: v.count,
              lon: v.lon,
              lat: v.lat,
            }
          : { kind: 'point', x: p.x, y: p.y, r, item: v.item },
      );
    }
    return out;
  }

  private layoutStates(view: View, width: number, height: number): DrawnState[] {
    const out: DrawnState[] = [];
    const covered = new Map<DrawnFeature, number>();
    for (const s of this.states) {
      for (const { k, w, e } of worldCopies(view.west, view.east)) {
        if (s.lon < w || s.lon > e || s.lat < view.south || s.lat > view.north) continue;
        const p = this.map.project([s.lon + k * 360, s.lat]);
        const { x, y, r, inner } = statePlace(p.x, p.y, this.drawn, covered);
        if (x < -r || y < -r || x > width + r || y > height + r) continue;
        out.push({ kind: 'state', iso: s.iso, name: s.name, x, y, r, inner });
      }
    }
    return out;
  }

  /** Filled with the class colour, "None" included, and outlined so it shows on water. */
  private paintStates(ctx: CanvasRenderingContext2D): void {
    // Outer bands first, so each inner one shows on top.
    for (const s of [...this.drawnStates].sort((a, b) => b.r - a.r)) {
      const hover = s.iso === this.hoverCountry;
      ctx.beginPath();
      ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
      ctx.fillStyle = this.stateColors.get(s.iso) ?? BASEMAP_COLORS.land;
      ctx.fill();
      ctx.lineWidth = hover ? 2.5 : 1.25;
      ctx.strokeStyle = hover ? '#1b1f24' : BASEMAP_COLORS.label;
      ctx.stroke();
    }
  }

  /** Names that fit, bigger countries first; points and clusters are never covered. */
  private layoutLabels(
    ctx: CanvasRenderingContext2D,
    view: View,
    width: number,
    height: number,
  ): DrawnLabel[] {
    const namer = this.namer as (iso: string, fallback: string) => string;
    const zoom = this.map.getZoom();
    const copies = worldCopies(view.west, view.east);
    const names = new Map<string, string>();
    const candidates: LabelCandidate[] = [];
    ctx.font = this.labelStyle.font;
    ctx.direction = this.labelStyle.direction;
    for (const l of this.labelSource) {
      if (zoom < labelMinZoom(l.rank)) continue;
      for (const { k, w, e } of copies) {
        if (l.lon < w || l.lon > e || l.lat < view.south || l.lat > view.north) continue;
        const p = this.map.project([l.lon + k * 360, l.lat]);
        let name = names.get(l.iso);
        if (name === undefined) {
          name = namer(l.iso, l.fallback);
          names.set(l.iso, name);
        }
        let w2 = this.widths.get(name);
        if (w2 === undefined) {
          w2 = ctx.measureText(name).width;
          this.widths.set(name, w2);
        }
        candidates.push({ key: `${l.iso}|${k}`, x: p.x, y: p.y, w: w2, h: LABEL_HEIGHT });
      }
    }
    const obstacles: Box[] = [...this.drawn, ...this.drawnStates].map((f) => ({
      x0: f.x - f.r,
      y0: f.y - f.r,
      x1: f.x + f.r,
      y1: f.y + f.r,
    }));
    return placeLabels(candidates, obstacles, { width, height }).map((c) => {
      const iso = c.key.slice(0, c.key.indexOf('|'));
      return { iso, name: names.get(iso) ?? iso, x: c.x, y: c.y };
    });
  }

  private paintLabels(ctx: CanvasRenderingContext2D): void {
    ctx.font = this.labelStyle.font;
    ctx.direction = this.labelStyle.direction;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4;
    ctx.strokeStyle = BASEMAP_COLORS.labelHalo;
    ctx.fillStyle = BASEMAP_COLORS.label;
    for (const l of this.labels) {
      ctx.strokeText(l.name, l.x, l.y);
      ctx.fillText(l.name, l.x, l.y);
    }
  }

  private paintOutline(ctx: CanvasRenderingContext2D, iso: string, view: View): void {
    const shapes = this.shapes.get(iso);
    if (!shapes) return;
    ctx.beginPath();
    for (const { k } of worldCopies(view.west, view.east)) {
      for (const shape of shapes)
        for (const polygon of shape.coordinates)
          for (const ring of polygon)
            ring.forEach(([lon = 0, lat = 0], i) => {
              const p = this.map.project([lon + k * 360, lat]);
              if (i === 0) ctx.moveTo(p.x, p.y);
              else ctx.lineTo(p.x, p.y);
            });
    }
    ctx.lineWidth = 1.5;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1b1f24';
    ctx.stroke();
  }

  private paintFeature(ctx: CanvasRenderingContext2D, f: DrawnFeature, hover: boolean): void {
    ctx.beginPath();
    ctx.strokeStyle = '#ffffff';
    if (f.kind === 'cluster') {
      ctx.arc(f.x, f.y, f.r, 0, Math.PI * 2);
      ctx.globalAlpha = 0.92;
      ctx.fillStyle = CLUSTER_COLOR;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = hover ? 4 : 2;
      ctx.stroke();
      ctx.font = COUNT_FONT;
      ctx.fillStyle = '#ffffff';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(abbreviateCount(f.count, this.labelStyle.lang), f.x, f.y + 0.5);
    } else {
      ctx.arc(f.x, f.y, hover ? 9 : f.r, 0, Math.PI * 2);
      ctx.fillStyle = themeColor(f.item.themes[0]);
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
}

/**
 * What is under (x, y): a point or cluster the pointer is on, else a small state's marker it
 * is on or near, else a point or cluster within reach. A marker under a point stays
 * reachable on its band around the point.
 */
export function pickAt(
  drawn: readonly DrawnFeature[],
  states: readonly DrawnState[],
  x: number,
  y: number,
): DrawnFeature | DrawnState | undefined {
  const hit = nearest(drawn, x, y);
  if (hit && Math.hypot(hit.x - x, hit.y - y) <= hit.r) return hit;
  return nearestState(states, x, y) ?? hit;
}

function nearestState(states: readonly DrawnState[], x: number, y: number): DrawnState | undefined {
  let best: DrawnState | undefined;
  let bestD = Infinity;
  for (const s of states) {
    // On a band, the distance past its inner edge; half the usual reach outside a marker, as
    // it often sits among points.
    const d = Math.hypot(s.x - x, s.y - y) - s.inner;
    if (d >= 0 && d <= s.r - s.inner + PICK_SLOP / 2 && d < bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

/** Width of a small state's band around a point or cluster drawn over its centre. */
export const STATE_BAND = 5;

/**
 * Where a small state's marker goes: at its point, or, when a point or cluster is drawn over
 * its centre, as a band of the state's colour around that point or cluster (still seen and
 * clicked). `covered` counts the bands already around each point or cluster: a second state
 * under the same cluster gets the next band out. `inner` is 0 for a whole marker.
 */
export function statePlace(
  x: number,
  y: number,
  drawn: readonly DrawnFeature[],
  covered: Map<DrawnFeature, number> = new Map(),
): { x: number; y: number; r: number; inner: number } {
  let cover: DrawnFeature | undefined;
  for (const f of drawn) {
    const hidden = Math.hypot(f.x - x, f.y - y) <= f.r;
    if (hidden && (!cover || f.r > cover.r)) cover = f;
  }
  if (!cover) return { x, y, r: SMALL_STATE_RADIUS, inner: 0 };
  const n = covered.get(cover) ?? 0;
  covered.set(cover, n + 1);
  const inner = cover.r + n * STATE_BAND;
  return { x: cover.x, y: cover.y, r: inner + STATE_BAND, inner };
}

/** The longitude of the world copy nearest the map's centre, so a ring is drawn on screen. */
function nearCopy(lon: number, centerLon: number): number {
  return lon + Math.round((centerLon - lon) / 360) * 360;
}
