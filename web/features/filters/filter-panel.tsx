import { useId } from 'react';
import type { Facets, Meta } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import { activeFilterCount } from '../../stores/filters.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { PlaceFilters } from './place-filters.tsx';
import { SearchBox } from './search-box.tsx';
import { YearFilters } from './year-filters.tsx';

type Props = {
  meta: Meta;
  facets: Facets | undefined;
  countsError?: boolean;
  onRetryCounts?: () => void;
};

/** Themes, actions, place, years and free text, each option with its live count. */
export function FilterPanel({ meta, facets, countsError, onRetryCounts }: Props) {
  const filters = useExplorer((s) => s.filters);
  const setQuery = useExplorer((s) => s.setQuery);
  const reset = useExplorer((s) => s.resetFilters);
  const ids = useId();

  return (
    <div className="filter-panel-body">
      <SearchBox value={filters.q} onChange={setQuery} />
      {countsError && (
        <p className="inline-error" role="alert">
          {t('map.countsError')}{' '}
          <button type="button" className="link-button" onClick={onRetryCounts}>
            {t('common.retry')}
          </button>
        </p>
      )}
      <CheckboxGroup
        filterKey="theme"
        legend={t('map.themes')}
        options={meta.themes}
        counts={facets?.theme}
      />
      <CheckboxGroup
        filterKey="action"
        legend={t('map.actions')}
        options={meta.actions}
        counts={facets?.action}
      />
      <PlaceFilters meta={meta} facets={facets} ids={ids} />
      <YearFilters meta={meta} ids={ids} />
      <button
        type="button"
        className="button secondary reset-button"
        onClick={reset}
        disabled={activeFilterCount(filters) === 0}
      >
        {t('map.reset')}
      </button>
    </div>
  );
}
