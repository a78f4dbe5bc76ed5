import { useEffect, useMemo } from 'react';
import type { StaffInsights } from '../../../contract/staff-insights.ts';
import { Loading } from '../../components/ui/loading.tsx';
import { formatNumber, locale, t } from '../../i18n/i18n.ts';
import { useStaffQuery } from '../../lib/use-staff-query.ts';
import { ChartCard } from './chart-card.tsx';
import {
  formatShare,
  SERIES_COLOR,
  UNKNOWN_COLOR,
  type ChartRow,
  type ChartSpec,
} from './chart-model.ts';
import './insights.css';

const sum = (rows: { value: number }[]) => rows.reduce((n, r) => n + r.value, 0);

function row(key: string, label: string, value: number, color = SERIES_COLOR): ChartRow {
  return { key, label, value, color };
}

/** The dashboard's charts, from the staff insights API alone. */
export function staffCharts(d: StaffInsights): ChartSpec[] {
  const dateFormat = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' });
  const weeks = d.submissionsPerWeek.map((w) =>
    row(w.week, dateFormat.format(new Date(`${w.week}T00:00:00Z`)), w.count),
  );
  const submitted = sum(weeks);
  const age = d.queue.byAge.map((b) => row(b.bucket, t(`insights.age.${b.bucket}`), b.count));
  const statuses = Object.entries(d.submissions.byStatus).map(([s, n]) =>
    row(s, t(`insights.status.${s}`), n),
  );
  const reasons = d.rejectReasons.map((r, i) =>
    r.reason === null
      ? row(`withheld-${i}`, t('insights.reasonWithheld'), r.count, UNKNOWN_COLOR)
      : row(`reason-${i}`, r.reason, r.count),
  );
  const concerns = d.concerns.byReason.map((c) =>
    row(c.reason, t(`insights.concern.${c.reason}`), c.reported),
  );
  const origins = d.origins.map((o) => row(o.origin, t(`insights.origin.${o.origin}`), o.total));
  const totalEntries = sum(origins);
  const byOrigin = Object.fromEntries(d.origins.map((o) => [o.origin, o.total]));
  const c = d.concerns;

  const spec = (
    id: string,
    title: string,
    column: string,
    rows: ChartRow[],
    takeaway: string,
    kind: ChartSpec['kind'] = 'bars',
  ): ChartSpec => ({
    id,
    title: t(title),
    takeaway,
    kind,
    rows,
    columns: [t(column), t('insights.colEntries')],
    total: sum(rows),
  });

  return [
    spec(
      'submissions-per-week',
      'insights.perWeek',
      'insights.colWeek',
      weeks,
      t('insights.perWeekTake', {
        count: submitted,
        weeks: weeks.length,
        last: weeks.at(-1)?.value ?? 0,
      }),
      'columns',
    ),
    spec(
      'queue-age',
      'insights.queueAge',
      'insights.colAge',
      age,
      d.queue.pending
        ? t('insights.queueTake', {
            count: d.queue.pending,
            oldest: d.queue.oldestDays ?? 0,
            median: d.queue.medianAgeDays ?? 0,
          })
        : t('insights.queueEmpty'),
    ),
    spec(
      'outcomes',
      'insights.outcomes',
      'insights.colStatus',
      statuses,
      d.submissions.publishedShare === null
        ? t('insights.outcomesNone')
        : t('insights.outcomesTake', {
            published: formatShare(d.submissions.publishedShare, 1),
            rejected: formatShare(d.submissions.rejectedShare ?? 0, 1),
          }),
    ),
    spec(
      'reject-reasons',
      'insights.reasons',
      'insights.colReason',
      reasons,
      reasons[0]
        ? t('insights.reasonsTake', { reason: reasons[0].label, count: reasons[0].value })
        : t('insights.reasonsNone'),
    ),
    spec(
      'concerns',
      'insights.concerns',
      'insights.colConcernReason',
      concerns,
      !c.reported
        ? t('insights.concernsNone')
        : c.medianHoursToResolve === null
          ? t('insights.concernsTakeOpen', { count: c.reported, resolved: c.resolved })
          : t('insights.concernsTake', {
              count: c.reported,
              resolved: c.resolved,
              hours: c.medianHoursToResolve,
            }),
    ),
    spec(
      'origins',
      'insights.origins',
      'insights.colOrigin',
      origins,
      t('insights.originsTake', {
        total: totalEntries,
        catalogue: byOrigin.catalogue ?? 0,
        submission: byOrigin.submission ?? 0,
        import: byOrigin.import ?? 0,
      }),
    ),
  ];
}

/** /staff/insights: the workload in figures, for signed-in staff (the API answers 401 otherwise). */
export function StaffInsightsPage() {
  useEffect(() => {
    document.title = `${t('insights.staffTitle')} | ${t('common.appName')}`;
  }, []);
  const { data, error, reload } = useStaffQuery<StaffInsights>('/moderation/insights');
  const charts = useMemo(() => (data ? staffCharts(data) : []), [data]);
  const date = data
    ? new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(data.generatedAt),
      )
    : '';
  const source = t('insights.staffGenerated', { date });

  return (
    <main id="main" className="page insights" tabIndex={-1}>
      <h1>{t('insights.staffTitle')}</h1>
      <p className="insights-intro">{t('insights.staffIntro')}</p>
      {error ? (
        <div role="alert">
          <p>{t('insights.staffLoadError')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : !data ? (
        <Loading fill />
      ) : (
        <>
          <section className="figures" aria-labelledby="staff-figures-title">
            <h2 id="staff-figures-title" className="visually-hidden">
              {t('insights.figures')}
            </h2>
            <ul>
              <li data-figure="pending">
                <span className="figure-value">{formatNumber(data.queue.pending)}</span>{' '}
                <span className="figure-label">
                  {t('insights.figPending', { count: data.queue.pending })}
                </span>
              </li>
              <li data-figure="median-decision">
                <span className="figure-value">
                  {data.decisions.medianHoursToDecision === null
                    ? '–'
                    : formatNumber(data.decisions.medianHoursToDecision)}
                </span>{' '}
                <span className="figure-label">
                  {data.decisions.medianHoursToDecision === null
                    ? t('insights.figMedianDecisionNone')
                    : t('insights.figMedianDecision')}
                </span>
              </li>
              <li data-figure="published-share">
                <span className="figure-value">
                  {data.submissions.publishedShare === null
                    ? '–'
                    : formatShare(data.submissions.publishedShare, 1)}
                </span>{' '}
                <span className="figure-label">{t('insights.figPublishedShare')}</span>
              </li>
              <li data-figure="open-concerns">
                <span className="figure-value">{formatNumber(data.concerns.open)}</span>{' '}
                <span className="figure-label">
                  {t('insights.figOpenConcerns', { count: data.concerns.open })}
                </span>
              </li>
            </ul>
          </section>
          <div className="chart-grid">
            {charts.map((spec) => (
              <ChartCard key={spec.id} spec={spec} source={source} fileStem="staff-insights" />
            ))}
          </div>
          <p className="insights-source">{source}</p>
        </>
      )}
    </main>
  );
}
