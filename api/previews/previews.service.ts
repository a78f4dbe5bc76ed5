import { ResponseCache, type PublicItem, type Snapshot } from '../initiatives/read-model.ts';
import { notFound } from '../lib/problem.ts';
import {
  cardVersion,
  renderInitiativeCard,
  renderMapCard,
  type InitiativeCard,
  type MapCard,
} from './card.ts';

export const MAP_HEADING = 'Child-led initiatives around the world';

/** "424 initiatives in 181 countries", as the map page's headline says it. */
export function mapHeadline(items: readonly PublicItem[]): string {
  const countries = new Set(items.map((i) => i.country)).size;
  const n = items.length;
  return `${n} initiative${n === 1 ? '' : 's'} in ${countries} countr${countries === 1 ? 'y' : 'ies'}`;
}

function placeOf(i: PublicItem): string {
  return [i.locality, i.countryName, i.year === null ? null : String(i.year)]
    .filter(Boolean)
    .join(' · ');
}

export function initiativeCard(snapshot: Snapshot, item: PublicItem): InitiativeCard {
  const labels = new Map(snapshot.meta.themes.map((t) => [t.code, t.label]));
  return {
    title: item.title,
    place: placeOf(item),
    themes: item.themes.map((t) => labels.get(t) ?? t),
    lon: item.lon,
    lat: item.lat,
  };
}

const mapCards = new WeakMap<Snapshot, { card: MapCard; version: string }>();

export function mapCard(snapshot: Snapshot): { card: MapCard; version: string } {
  let hit = mapCards.get(snapshot);
  if (!hit) {
    const card: MapCard = {
      heading: MAP_HEADING,
      headline: mapHeadline(snapshot.items),
      points: snapshot.items.map((i) => ({ lon: i.lon, lat: i.lat })),
    };
    hit = { card, version: cardVersion(card) };
    mapCards.set(snapshot, hit);
  }
  return hit;
}

/** What the page shell needs to name an initiative's image, and its version (ETag and `v`). */
export function initiativeCardVersion(snapshot: Snapshot, item: PublicItem): string {
  return cardVersion(initiativeCard(snapshot, item));
}

/**
 * Rendered cards by version: an image is drawn once and kept until what it shows changes
 * (its version is a hash of the title, place, themes and point), whatever else is edited.
 * Requests that arrive while the same card is being drawn wait for that drawing.
 */
export class PreviewImages {
  private readonly done = new ResponseCache(2000, 64 * 1024 * 1024);
  private readonly drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

  private get(
    key: string,
    draw: () => Promise<Buffer>,
  ): Promise<Uint8Array<ArrayBuffer>> | Uint8Array<ArrayBuffer> {
    const hit = this.done.get(key);
    if (hit) return hit;
    let pending = this.drawing.get(key);
    if (!pending) {
      pending = draw()
        .then((png) => {
          const bytes = new Uint8Array(png.byteLength);
          bytes.set(png);
          this.done.set(key, bytes);
          return bytes;
        })
        .finally(() => this.drawing.delete(key));
      this.drawing.set(key, pending);
    }
    return pending;
  }

  initiative(snapshot: Snapshot, slug: string) {
    const item = snapshot.bySlug.get(slug);
    if (!item) throw notFound(`No published initiative has the address "${slug}".`);
    const card = initiativeCard(snapshot, item);
    const version = cardVersion(card);
    return { version, png: () => this.get(`i:${version}`, () => renderInitiativeCard(card)) };
  }

  map(snapshot: Snapshot) {
    const { card, version } = mapCard(snapshot);
    return { version, png: () => this.get(`m:${version}`, () => renderMapCard(card)) };
  }
}
