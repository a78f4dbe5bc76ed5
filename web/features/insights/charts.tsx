import { scaleBand, scaleLinear } from 'd3-scale';
import { forwardRef } from 'react';
import { dir, formatNumber } from '../../i18n/i18n.ts';
import type { ChartSpec } from './chart-model.ts';

/**
 * The charts as plain SVG drawn by React, with d3-scale for the geometry: no chart library,
 * and nothing that depends on the number of initiatives (the API has counted them). Text sits
 * in the SVG itself, so a downloaded image reads the same as the page. Every bar carries its
 * label and its count in text; colour is never the only way to tell bars apart.
 *
 * In a right-to-left language (Arabic) the drawing is mirrored: bars grow from the right,
 * labels start there and the timeline runs from right to left. The SVG says so itself
 * (`direction`), so its text anchors are read the same way in a downloaded file.
 */
export const CHART_WIDTH = 480;
const MIN_WIDTH = 280;
const ROW = 32;

/**
 * The drawing's width in CSS pixels: 480, or the room a card has on a narrow screen (the
 * window less the page's and the card's padding), so text stays at 12 px on a phone instead
 * of being scaled down with the drawing. Read once per render; a rotated phone scales.
 */
export function chartWidth(): number {
  if (typeof window === 'undefined') return CHART_WIDTH;
  return Math.min(CHART_WIDTH, Math.max(MIN_WIDTH, window.innerWidth - 70));
}
const TEXT = '#1b1f24';
const MUTED = '#3d4752';

function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

type Props = { spec: ChartSpec; label: string; width: number };

/**
 * Positions drawn from the left, or from the right in a right-to-left language: `x` for a
 * point, `left` for the left edge of a shape `w` wide that starts at `v`.
 */
function mirror(width: number): {
  rtl: boolean;
  x: (v: number) => number;
  left: (v: number, w: number) => number;
} {
  const rtl = dir() === 'rtl';
  return { rtl, x: (v) => (rtl ? width - v : v), left: (v, w) => (rtl ? width - v - w : v) };
}

const Bars = forwardRef<SVGSVGElement, Props>(function Bars({ spec, label, width }, ref) {
  const max = Math.max(1, ...spec.rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - 56]);
  const chars = Math.floor(width / 6.5);
  const height = Math.max(ROW, spec.rows.length * ROW) + 4;
  const m = mirror(width);
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      fontSize="12"
      direction={m.rtl ? 'rtl' : undefined}
    >
      {spec.rows.map((r, i) => {
        const bar = Math.max(2, x(r.value));
        return (
          <g key={r.key} transform={`translate(0 ${i * ROW})`}>
            {/* 2 px in: a first letter that overhangs (J, آ) is not cut by the edge */}
            <text x={m.x(2)} y="12" fill={TEXT}>
              {clip(r.label, chars)}
            </text>
            <rect x={m.left(0, bar)} y="16" height="11" width={bar} fill={r.color} rx="1.5" />
            <text x={m.x(bar + 5)} y="26" fill={TEXT} fontWeight="600">
              {formatNumber(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});

const COLUMNS_HEIGHT = 190;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 156;
const SIDE = 16;

/** Years to label on the axis: round years, more apart the longer the span. */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span > 40 ? 10 : span > 16 ? 5 : span > 7 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks.length ? ticks : [first];
}

/** Room at the end of the timeline for the count of unknown years, kept off the year scale. */
const APART = 84;

const Columns = forwardRef<SVGSVGElement, Props>(function Columns({ spec, label, width }, ref) {
  const rows = spec.rows;
  const right = width - SIDE - (spec.apart ? APART : 0);
  const x = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([SIDE, right])
    .paddingInner(0.18);
  // Unknown years are counted apart and drawn as a figure, not a column, so a large
  // "not known" count does not flatten the years.
  const max = Math.max(1, ...rows.map((r) => r.value));
  const y = scaleLinear().domain([0, max]).range([PLOT_BOTTOM, PLOT_TOP]);
  const first = Number(rows[0]?.key);
  const last = Number(rows.at(-1)?.key);
  const ticks = new Set(rows.length ? yearTicks(first, last).map(String) : []);
  const showCounts = x.bandwidth() >= 16;
  const m = mirror(width);
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${width} ${COLUMNS_HEIGHT}`}
      role="img"
      aria-label={label}
      fontSize="12"
      direction={m.rtl ? 'rtl' : undefined}
    >
      {rows.length > 0 && (
        <line x1={m.x(SIDE)} x2={m.x(right)} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke={MUTED} />
      )}
      {rows.map((r) => {
        const left = x(r.key) ?? 0;
        const mid = m.x(left + x.bandwidth() / 2);
        return (
          <g key={r.key}>
            <rect
              x={m.left(left, x.bandwidth())}
              width={x.bandwidth()}
              y={y(r.value)}
              height={PLOT_BOTTOM - y(r.value)}
              fill={r.color}
            />
            {showCounts && r.value > 0 && (
              <text x={mid} y={y(r.value) - 4} textAnchor="middle" fill={TEXT} fontSize="11">
                {formatNumber(r.value)}
              </text>
            )}
            {ticks.has(r.key) && (
              <>
                <line x1={mid} x2={mid} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + 4} stroke={MUTED} />
                <text x={mid} y={PLOT_BOTTOM + 18} textAnchor="middle" fill={TEXT}>
                  {r.label}
                </text>
              </>
            )}
          </g>
        );
      })}
      {spec.apart && (
        <g>
          <line
            x1={m.x(width - SIDE - APART + 10)}
            x2={m.x(width - SIDE - APART + 10)}
            y1={PLOT_TOP}
            y2={PLOT_BOTTOM}
            stroke={MUTED}
            strokeDasharray="3 3"
          />
          <text
            x={m.x(width - SIDE)}
            y={PLOT_BOTTOM - 22}
            textAnchor="end"
            fill={TEXT}
            fontSize="18"
            fontWeight="700"
          >
            {formatNumber(spec.apart.value)}
          </text>
          <text x={m.x(width - SIDE)} y={PLOT_BOTTOM - 6} textAnchor="end" fill={TEXT}>
            {spec.apart.label}
          </text>
        </g>
      )}
    </svg>
  );
});

export const Chart = forwardRef<SVGSVGElement, Props>(function Chart(props, ref) {
  return props.spec.kind === 'columns' ? (
    <Columns ref={ref} {...props} />
  ) : (
    <Bars ref={ref} {...props} />
  );
});
