import type { Meta } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';

/** From and to years, kept in order; absent when no entry has a year. */
export function YearFilters({ meta, ids }: { meta: Meta; ids: string }) {
  const filters = useExplorer((s) => s.filters);
  const setYears = useExplorer((s) => s.setYears);
  const years: number[] = [];
  if (meta.years.min !== null && meta.years.max !== null) {
    for (let y = meta.years.max; y >= meta.years.min; y--) years.push(y);
  }
  if (years.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{t('map.year')}</legend>
      <div className="year-row">
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('map.yearFrom')}</label>
          <select
            id={`${ids}-from`}
            value={filters.yearFrom ?? ''}
            onChange={(e) => {
              const from = e.target.value ? Number(e.target.value) : null;
              const to = filters.yearTo;
              setYears(from, from !== null && to !== null && to < from ? from : to);
            }}
          >
            <option value="">{t('map.anyYear')}</option>
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t('map.yearTo')}</label>
          <select
            id={`${ids}-to`}
            value={filters.yearTo ?? ''}
            onChange={(e) => {
              const to = e.target.value ? Number(e.target.value) : null;
              const from = filters.yearFrom;
              setYears(from !== null && to !== null && from > to ? to : from, to);
            }}
          >
            <option value="">{t('map.anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint">{t('map.yearNote')}</p>
    </fieldset>
  );
}
