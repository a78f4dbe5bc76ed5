import { act, render } from '@testing-library/react';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapViewProps } from './map-view-props.ts';
import { MapView } from './map-view.tsx';
import { makeItem } from '../../../tests/helpers/web-fixtures.ts';

/**
 * MapView against a stand-in for react-map-gl and MapLibre (no WebGL in jsdom): the order in
 * which the map says "loaded" and React hands over the map object is up to the browser.
 */
type Handler = (e?: unknown) => void;

function fakeMap() {
  const handlers = new Map<string, Set<Handler>>();
  const canvas = document.createElement('canvas');
  const container = document.createElement('div');
  let framePending = false;
  const map = {
    on: (type: string, fn: Handler) => {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)?.add(fn);
      return map;
    },
    off: (type: string, fn: Handler) => {
      handlers.get(type)?.delete(fn);
      return map;
    },
    once: (type: string, fn: Handler) => {
      const once: Handler = (e) => {
        map.off(type, once);
        fn(e);
      };
      return map.on(type, once);
    },
    fire: (type: string) => [...(handlers.get(type) ?? [])].forEach((fn) => fn({ type })),
    getCanvas: () => canvas,
    getCanvasContainer: () => container,
    getContainer: () => container,
    fitBounds: () => undefined,
    getSource: () => ({}),
    loaded: () => true,
    isMoving: () => false,
    triggerRepaint: () => {
      framePending = true;
    },
    setFeatureState: () => map.triggerRepaint(),
    getCenter: () => ({ lng: 0, lat: 0 }),
    getZoom: () => 1,
    getBearing: () => 0,
    getPitch: () => 0,
    getBounds: () => ({
      getWest: () => -180,
      getSouth: () => -85,
      getEast: () => 180,
      getNorth: () => 85,
    }),
    project: () => ({ x: 0, y: 0 }),
    /** One animation frame: renders, then says idle when nothing is left to draw. */
    frame: () => {
      if (!framePending) return;
      framePending = false;
      map.fire('render');
      map.fire('idle');
    },
  };
  return map;
}

let current: ReturnType<typeof fakeMap>;
let order: 'load-first' | 'ref-first';

vi.mock('react-map-gl/maplibre', () => {
  const MapGL = forwardRef(function MapGL(
    props: { onLoad?: (e: unknown) => void; children?: ReactNode },
    ref: Ref<unknown>,
  ) {
    const [handed, setHanded] = useState(order === 'ref-first');
    useImperativeHandle(ref, () => (handed ? { getMap: () => current } : null), [handed]);
    useEffect(() => {
      if (order === 'load-first') {
        // The map loads while React has not yet handed the map object over.
        props.onLoad?.({ type: 'load', target: current });
        setTimeout(() => setHanded(true), 0);
      } else props.onLoad?.({ type: 'load', target: current });
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);
    return <div>{handed ? props.children : null}</div>;
  });
  const Nothing = () => null;
  return {
    default: MapGL,
    Source: ({ children }: { children?: ReactNode }) => <>{children}</>,
    Layer: Nothing,
    NavigationControl: Nothing,
    AttributionControl: Nothing,
  };
});

const items = [makeItem({ slug: 'first-entry' })];
const props: MapViewProps = {
  ready: true,
  items,
  bySlug: new Map(items.map((i) => [i.slug, i])),
  countryColors: new Map([['KE', '#2c7fb8']]),
  countryCounts: new Map([['KE', 1]]),
  focus: null,
  countryNames: new Map([['KE', 'Kenya']]),
  countries: [],
  hovered: null,
  selected: null,
  onSelect: () => undefined,
  onStack: () => undefined,
  onCountry: () => undefined,
  onHover: () => undefined,
  onBounds: () => undefined,
};

beforeEach(() => {
  current = fakeMap();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('map view: "map updated"', () => {
  it.each(['ref-first', 'load-first'] as const)(
    'is announced once the map shows the points and colours (%s)',
    async (which) => {
      order = which;
      const updated = vi.fn();
      window.addEventListener('pm:map-idle', updated);
      try {
        render(<MapView {...props} />);
        await act(() => new Promise((r) => setTimeout(r, 10)));
        act(() => current.frame());
        expect(updated).toHaveBeenCalled();
        expect((updated.mock.calls[0]?.[0] as CustomEvent<{ count: number }>).detail.count).toBe(1);
      } finally {
        window.removeEventListener('pm:map-idle', updated);
      }
    },
  );
});
