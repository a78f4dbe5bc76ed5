import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';

/**
 * "12 initiatives in 5 countries" above the map, announced as filters change. When nothing
 * matches it says so in words, with a way to clear the filters right there. `counts` is
 * undefined while the entries are loading.
 */
export function ExplorerHeadline({ counts }: { counts?: { total: number; countries: number } }) {
  const resetFilters = useExplorer((s) => s.resetFilters);
  let headline = t('map.headlineLoading');
  if (counts) {
    const { total, countries } = counts;
    headline =
      total === 0
        ? t('map.headlineNone')
        : countries === 1
          ? t('map.headlineOneCountry', { count: total })
          : t('map.headline', { count: total, countries });
  }
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
