import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';

type Counts = { total: number; countries: number };

/**
 * The headline's words, for the map page and the embedded map alike: "12 initiatives in 5
 * countries", "No initiatives match" when nothing does, and a loading message while `counts`
 * is undefined.
 */
export function headlineText(counts?: Counts): string {
  if (!counts) return t('map.headlineLoading');
  const { total, countries } = counts;
  if (total === 0) return t('map.headlineNone');
  return countries === 1
    ? t('map.headlineOneCountry', { count: total })
    : t('map.headline', { count: total, countries });
}

/**
 * "12 initiatives in 5 countries" above the map, announced as filters change. When nothing
 * matches it says so in words, with a way to clear the filters right there. `counts` is
 * undefined while the entries are loading.
 */
export function ExplorerHeadline({ counts }: { counts?: Counts }) {
  const resetFilters = useExplorer((s) => s.resetFilters);
  const headline = headlineText(counts);
  return (
    <div className="headline-row">
      <p className="headline" role="status" aria-live="polite" data-testid="headline">
        {headline}
      </p>
      {counts?.total === 0 ? (
        <button type="button" className="button secondary" onClick={resetFilters}>
          {t('map.reset')}
        </button>
      ) : null}
    </div>
  );
}
