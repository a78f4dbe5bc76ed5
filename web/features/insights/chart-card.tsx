import { useId, useRef, useState } from 'react';
import { formatNumber, t } from '../../i18n/i18n.ts';
import { chartCsvRows, formatShare, type ChartSpec } from './chart-model.ts';
import { Chart, chartWidth } from './charts.tsx';
import { saveBlob, standaloneSvg, svgToPng, toCsv } from './downloads.ts';

/**
 * One chart with everything around it: a visible title, the takeaway sentence, the chart
 * (an image to assistive technology, named by title and takeaway), the same figures as a
 * table, and downloads of the figures (CSV) and of the chart (SVG, PNG).
 */
export function ChartCard({
  spec,
  source,
  fileStem,
}: {
  spec: ChartSpec;
  /** The source line carried by downloaded images. */
  source: string;
  fileStem: string;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const [failed, setFailed] = useState(false);
  // The table is built when first opened: most visitors read the chart, and the page draws
  // half as many elements on arrival.
  const [tableShown, setTableShown] = useState(false);
  const rows = spec.apart ? [...spec.rows, spec.apart] : spec.rows;
  const file = `${fileStem}-${spec.id}`;

  const image = () => {
    if (!svg.current) return undefined;
    return standaloneSvg(svg.current, { title: spec.title, takeaway: spec.takeaway, source });
  };
  const downloadCsv = () =>
    saveBlob(new Blob([toCsv(chartCsvRows(spec))], { type: 'text/csv' }), `${file}.csv`);
  const downloadSvg = () => {
    const img = image();
    if (img) saveBlob(new Blob([img.svg], { type: 'image/svg+xml' }), `${file}.svg`);
  };
  const downloadPng = () => {
    const img = image();
    if (!img) return;
    setFailed(false);
    svgToPng(img.svg, img.width, img.height).then(
      (png) => saveBlob(png, `${file}.png`),
      () => setFailed(true),
    );
  };

  return (
    <section className="chart-card" aria-labelledby={titleId} data-chart={spec.id}>
      <h2 id={titleId} className="chart-title">
        {spec.title}
      </h2>
      <p className="chart-takeaway">{spec.takeaway}</p>
      {rows.length > 0 && (
        <Chart
          ref={svg}
          spec={spec}
          width={chartWidth()}
          label={t('insights.chartLabel', { title: spec.title, takeaway: spec.takeaway })}
        />
      )}
      <details
        className="chart-table"
        onToggle={(e) => {
          if (e.currentTarget.open) setTableShown(true);
        }}
      >
        <summary>{t('insights.showTable')}</summary>
        {tableShown && (
          <table>
            <caption className="visually-hidden">{spec.title}</caption>
            <thead>
              <tr>
                <th scope="col">{spec.columns[0]}</th>
                <th scope="col">{spec.columns[1]}</th>
                <th scope="col">{t('insights.colShare')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td data-count>{formatNumber(r.value)}</td>
                  <td>{formatShare(r.value, spec.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
      <div className="chart-downloads" role="group" aria-labelledby={`${titleId}-dl ${titleId}`}>
        <span id={`${titleId}-dl`}>{t('insights.download')}</span>
        <DownloadButton
          onClick={downloadCsv}
          label={t('insights.downloadCsv')}
          fullLabel={t('insights.downloadCsvFor', { title: spec.title })}
        />
        {rows.length > 0 && (
          <>
            <DownloadButton
              onClick={downloadSvg}
              label={t('insights.downloadSvg')}
              fullLabel={t('insights.downloadSvgFor', { title: spec.title })}
            />
            <DownloadButton
              onClick={downloadPng}
              label={t('insights.downloadPng')}
              fullLabel={t('insights.downloadPngFor', { title: spec.title })}
            />
          </>
        )}
      </div>
      {failed && (
        <p role="alert" className="chart-error">
          {t('insights.downloadFailed')}
        </p>
      )}
    </section>
  );
}

/** One format's download: a short visible label, and the chart's title for screen readers. */
function DownloadButton(props: { onClick: () => void; label: string; fullLabel: string }) {
  return (
    <button
      type="button"
      className="button secondary small"
      onClick={props.onClick}
      aria-label={props.fullLabel}
    >
      {props.label}
    </button>
  );
}
