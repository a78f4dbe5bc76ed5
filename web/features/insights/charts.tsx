import { scaleBand, scaleLinear } from 'd3-scale';
import { forwardRef } from 'react';
import { formatNumber } from '../../i18n/i18n.ts';
import type { ChartRow, ChartSpec } from './chart-model.ts';

/**
 * The charts as plain SVG drawn by React, with d3-scale for the geometry: no chart library,
 * and nothing that depends on the number of initiatives (the API has counted them). Text sits
 * in the SVG itself, so a downloaded image reads the same as the page. Every bar carries its
 * label and its count in text; colour is never the only way to tell bars apart.
 */
export const CHART_WIDTH = 480;
const ROW = 32;
const LABEL_CHARS = 74;
const TEXT = '#1b1f24';
const MUTED = '#4a5561';

function clip(label: string, max = LABEL_CHARS): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

type Props = { spec: ChartSpec; label: string };

const Bars = forwardRef<SVGSVGElement, Props>(function Bars({ spec, label }, ref) {
  const max = Math.max(1, ...spec.rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, CHART_WIDTH - 56]);
  const height = Math.max(ROW, spec.rows.length * ROW) + 4;
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={label}
      fontSize="12"
    >
      {spec.rows.map((r, i) => (
        <g key={r.key} transform={`translate(0 ${i * ROW})`}>
          <text y="12" fill={TEXT}>
            {clip(r.label)}
          </text>
          <rect y="16" height="11" width={Math.max(2, x(r.value))} fill={r.color} rx="1.5" />
          <text x={Math.max(2, x(r.value)) + 5} y="26" fill={TEXT} fontWeight="600">
            {formatNumber(r.value)}
          </text>
        </g>
      ))}
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

const Columns = forwardRef<SVGSVGElement, Props>(function Columns({ spec, label }, ref) {
  const rows: (ChartRow | null)[] = [...spec.rows];
  if (spec.apart) rows.push(null, null, spec.apart); // a gap, then "not known" apart
  const keys = rows.map((r, i) => r?.key ?? `gap-${i}`);
  const x = scaleBand<string>()
    .domain(keys)
    .range([SIDE, CHART_WIDTH - SIDE])
    .paddingInner(0.18);
  const max = Math.max(1, ...rows.map((r) => r?.value ?? 0));
  const y = scaleLinear().domain([0, max]).range([PLOT_BOTTOM, PLOT_TOP]);
  const first = Number(spec.rows[0]?.key);
  const last = Number(spec.rows.at(-1)?.key);
  const ticks = new Set(spec.rows.length ? yearTicks(first, last).map(String) : []);
  const apartLeft = spec.apart ? (x(spec.apart.key) ?? CHART_WIDTH) : CHART_WIDTH;
  const showCounts = x.bandwidth() >= 16;
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${CHART_WIDTH} ${COLUMNS_HEIGHT}`}
      role="img"
      aria-label={label}
      fontSize="12"
    >
      <line x1={SIDE} x2={CHART_WIDTH - SIDE} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke={MUTED} />
      {rows.map((r, i) => {
        if (!r) return null;
        const left = x(keys[i] as string) ?? 0;
        const mid = left + x.bandwidth() / 2;
        const apart = r === spec.apart;
        // Year labels stay clear of the "not known" label at the end.
        const tick = apart || (ticks.has(r.key) && mid < apartLeft - 70);
        return (
          <g key={r.key}>
            <rect
              x={left}
              width={x.bandwidth()}
              y={y(r.value)}
              height={PLOT_BOTTOM - y(r.value)}
              fill={r.color}
            />
            {(showCounts || apart) && r.value > 0 && (
              <text
                x={apart ? left + x.bandwidth() : mid}
                y={y(r.value) - 4}
                textAnchor={apart ? 'end' : 'middle'}
                fill={TEXT}
                fontSize="11"
              >
                {formatNumber(r.value)}
              </text>
            )}
            {tick && (
              <>
                <line x1={mid} x2={mid} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + 4} stroke={MUTED} />
                <text
                  x={apart ? left + x.bandwidth() : mid}
                  y={PLOT_BOTTOM + 18}
                  textAnchor={apart ? 'end' : 'middle'}
                  fill={TEXT}
                >
                  {r.label}
                </text>
              </>
            )}
          </g>
        );
      })}
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
