import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MapItem } from '../filters/filter-logic.ts';
import { MAX_ZOOM } from './layers.ts';

/**
 * Clusters of the matching initiatives, computed in the page (supercluster) rather than in
 * MapLibre's worker, so a filter click redraws the points without a round trip to the worker
 * and a re-tiling. Pure: no DOM, no map. See docs/decisions/015-map-overlay-drawn-in-the-page.md.
 */
export const CLUSTER_RADIUS = 42;
/** Entries still together at the map's closest zoom share a point: the map lists them. */
export const CLUSTER_MAX_ZOOM = MAX_ZOOM;

export type View = { west: number; south: number; east: number; north: number; zoom: number };

export type VisibleCluster = {
  kind: 'cluster';
  id: number;
  count: number;
  lon: number;
  lat: number;
};
export type VisiblePoint = { kind: 'point'; item: MapItem; lon: number; lat: number };
export type Visible = VisibleCluster | VisiblePoint;

type Props = { i: number };

/** Longitude spans of the view, one per copy of the world it shows (k: which copy). */
export function worldCopies(west: number, east: number): { k: number; w: number; e: number }[] {
  const out: { k: number; w: number; e: number }[] = [];
  if (!(east > west)) return out;
  const first = Math.floor((west + 180) / 360);
  const last = Math.floor((east + 180) / 360);
  for (let k = first; k <= last && out.length < 8; k++) {
    const w = Math.max(-180, west - k * 360);
    const e = Math.min(180, east - k * 360);
    if (w < e) out.push({ k, w, e });
  }
  return out;
}

export class PointIndex {
  readonly items: readonly MapItem[];
  private readonly index: Supercluster<Props, Record<string, never>>;

  constructor(items: readonly MapItem[]) {
    this.items = items;
    this.index = new Supercluster<Props, Record<string, never>>({
      radius: CLUSTER_RADIUS,
      extent: 512,
      maxZoom: CLUSTER_MAX_ZOOM,
    });
    this.index.load(
      items.map((item, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [item.lon, item.lat] },
        properties: { i },
      })),
    );
  }

  /**
   * Clusters and single points in the view at its zoom, on every copy of the world it shows:
   * longitudes are shifted by the copy's 360° so they project where the map draws that copy.
   */
  visible(view: View): Visible[] {
    const zoom = Math.max(0, Math.min(CLUSTER_MAX_ZOOM, Math.floor(view.zoom)));
    const south = Math.max(-90, view.south);
    const north = Math.min(90, view.north);
    const out: Visible[] = [];
    for (const { k, w, e } of worldCopies(view.west, view.east)) {
      for (const f of this.index.getClusters([w, south, e, north], zoom)) {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        const p = f.properties as Partial<ClusterProperties> & Partial<Props>;
        if (p.cluster)
          out.push({
            kind: 'cluster',
            id: p.cluster_id as number,
            count: p.point_count as number,
            lon: lon + k * 360,
            lat,
          });
        else {
          const item = this.items[p.i as number];
          if (item) out.push({ kind: 'point', item, lon: lon + k * 360, lat });
        }
      }
    }
    return out;
  }

  /** The zoom at which a cluster falls apart, and its entries (all of them, up to `limit`). */
  expansion(clusterId: number, limit = Infinity): { zoom: number; leaves: MapItem[] } {
    const zoom = this.index.getClusterExpansionZoom(clusterId);
    const leaves = this.index
      .getLeaves(clusterId, limit)
      .map((f) => this.items[f.properties.i])
      .filter((i): i is MapItem => !!i);
    return { zoom, leaves };
  }
}
