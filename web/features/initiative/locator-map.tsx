import { useMemo } from 'react';
import type { Position } from 'geojson';
import type { Basemap } from '../../lib/basemap.ts';
import { loadedBasemap } from '../../lib/basemap-data.ts';
import { BASEMAP_COLORS, CHOROPLETH } from '../../lib/scales.ts';

type Props = { lon: number; lat: number; country: string; label: string; approximate: boolean };

const HALF_HEIGHT = 14; // degrees of latitude above and below the point

/**
 * A small static locator: an SVG of the surrounding countries, the initiative's country
 * shaded and its place marked. No WebGL, so the initiative page stays light
 * (docs/decisions/014-svg-locator-map.md).
 */
export function LocatorMap({ lon, lat, country, label, approximate }: Props) {
  // Loaded before this component is (withBasemap in initiative-page.tsx).
  const base = loadedBasemap() as Basemap;
  const { paths, marker, viewBox } = useMemo(() => {
    const k = Math.max(0.35, Math.cos((lat * Math.PI) / 180)); // keep shapes roughly true
    const halfW = (HALF_HEIGHT * 1.6) / k;
    const x = (p: Position) => ((p[0] as number) - lon) * k;
    const y = (p: Position) => -((p[1] as number) - lat);
    const out: { iso: string; d: string }[] = [];
    for (const f of base.countries.features) {
      let d = '';
      for (const poly of f.geometry.coordinates) {
        for (const shift of [0, -360, 360]) {
          for (const ring of poly) {
            let near = false;
            for (const p of ring) {
              const dx = (p[0] as number) + shift - lon;
              const dy = (p[1] as number) - lat;
              if (Math.abs(dx) < halfW + 10 && Math.abs(dy) < HALF_HEIGHT + 10) {
                near = true;
                break;
              }
            }
            if (!near) continue;
            d +=
              ring
                .map(
                  (p, i) =>
                    `${i ? 'L' : 'M'}${x([(p[0] as number) + shift]).toFixed(2)},${y(p).toFixed(2)}`,
                )
                .join('') + 'Z';
          }
        }
      }
      if (d) out.push({ iso: f.properties.iso, d });
    }
    return {
      paths: out,
      marker: { x: 0, y: 0 },
      viewBox: `${-halfW * k} ${-HALF_HEIGHT} ${2 * halfW * k} ${2 * HALF_HEIGHT}`,
    };
  }, [base, lon, lat]);

  return (
    <svg className="locator-map" viewBox={viewBox} role="img" aria-label={label}>
      <rect
        x="-1000"
        y="-1000"
        width="2000"
        height="2000"
        fill={BASEMAP_COLORS.water}
        aria-hidden="true"
      />
      {/* One country may have several shapes (Somalia and Somaliland are both SO). */}
      {paths.map((p, i) => (
        <path
          key={`${p.iso}-${i}`}
          d={p.d}
          fill={p.iso === country ? CHOROPLETH[0] : BASEMAP_COLORS.land}
          stroke={BASEMAP_COLORS.border}
          strokeWidth={0.75}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {approximate ? (
        <circle
          cx={marker.x}
          cy={marker.y}
          r={1.4}
          fill="none"
          stroke="#1b1f24"
          strokeWidth={2}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <>
          <circle cx={marker.x} cy={marker.y} r={1.1} fill="#ffffff" />
          <circle cx={marker.x} cy={marker.y} r={0.75} fill="#c2410c" />
        </>
      )}
    </svg>
  );
}
