import { useId } from 'react';
import type { Facets, Meta } from '../../../api/initiatives/initiatives.schema.ts';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import { activeFilterCount, type ListFilterKey } from '../../stores/filters.ts';
import { themeColor } from '../map/scales.ts';
import { SearchBox } from './search-box.tsx';

type Props = {
  meta: Meta;
  facets: Facets | undefined;
  countsError?: boolean;
  onRetryCounts?: () => void;
};

function withCount(label: string, counts: Record<string, number> | undefined, code: string) {
  if (!counts) return label;
  return t('map.optionCount', { label, count: counts[code] ?? 0 });
}

/** Themes, actions, place, years and free text, each option with its live count. */
export function FilterPanel({ meta, facets, countsError, onRetryCounts }: Props) {
  const filters = useExplorer((s) => s.filters);
  const toggle = useExplorer((s) => s.toggle);
  const setList = useExplorer((s) => s.setList);
  const setYears = useExplorer((s) => s.setYears);
  const setQuery = useExplorer((s) => s.setQuery);
  const reset = useExplorer((s) => s.resetFilters);
  const ids = useId();

  const region = filters.region[0] ?? '';
  const subregion = filters.subregion[0] ?? '';
  const country = filters.country[0] ?? '';
  const regionsShown = region ? meta.regions.filter((r) => r.code === region) : meta.regions;
  const subregions = regionsShown.flatMap((r) => r.subregions);
  const subregionCodes = new Set(subregions.map((s) => s.code));
  const countries = meta.countries
    .filter(
      (c) =>
        (!region || c.region === region) &&
        (!subregion || c.subregion === subregion) &&
        ((facets?.country[c.code] ?? 0) > 0 || filters.country.includes(c.code)),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const years: number[] = [];
  if (meta.years.min !== null && meta.years.max !== null) {
    for (let y = meta.years.max; y >= meta.years.min; y--) years.push(y);
  }

  const checkboxGroup = (
    key: Extract<ListFilterKey, 'theme' | 'action'>,
    legend: string,
    options: { code: string; label: string }[],
    counts: Record<string, number> | undefined,
  ) => (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="option-list">
        {options.map((o) => {
          const checked = filters[key].includes(o.code);
          const n = counts?.[o.code] ?? 0;
          return (
            <li key={o.code}>
              <label className={`option${n === 0 && !checked ? ' is-zero' : ''}`}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => toggle(key, o.code)}
                  data-code={o.code}
                />
                {key === 'theme' && (
                  <span
                    className="swatch"
                    style={{ background: themeColor(o.code) }}
                    aria-hidden="true"
                  />
                )}
                <span className="option-label">{o.label}</span>
                {counts && <span className="option-count">({n})</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );

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
      {checkboxGroup('theme', t('map.themes'), meta.themes, facets?.theme)}
      {checkboxGroup('action', t('map.actions'), meta.actions, facets?.action)}
      <fieldset className="filter-group">
        <legend>{t('map.place')}</legend>
        <div className="field">
          <label htmlFor={`${ids}-region`}>{t('map.region')}</label>
          <select
            id={`${ids}-region`}
            value={region}
            onChange={(e) => {
              const next = e.target.value;
              const keepSub = meta.regions
                .find((r) => r.code === next)
                ?.subregions.some((s) => s.code === subregion);
              useExplorer.setState((s) => ({
                filters: {
                  ...s.filters,
                  region: next ? [next] : [],
                  subregion: next && !keepSub ? [] : s.filters.subregion,
                  country: next
                    ? s.filters.country.filter(
                        (c) => meta.countries.find((m) => m.code === c)?.region === next,
                      )
                    : s.filters.country,
                },
              }));
            }}
          >
            <option value="">{t('map.allRegions')}</option>
            {meta.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {withCount(r.name, facets?.region, r.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-subregion`}>{t('map.subregion')}</label>
          <select
            id={`${ids}-subregion`}
            value={subregionCodes.has(subregion) ? subregion : ''}
            onChange={(e) => {
              const next = e.target.value;
              useExplorer.setState((s) => ({
                filters: {
                  ...s.filters,
                  subregion: next ? [next] : [],
                  country: next
                    ? s.filters.country.filter(
                        (c) => meta.countries.find((m) => m.code === c)?.subregion === next,
                      )
                    : s.filters.country,
                },
              }));
            }}
          >
            <option value="">{t('map.allSubregions')}</option>
            {subregions.map((s) => (
              <option key={s.code} value={s.code}>
                {withCount(s.name, facets?.subregion, s.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-country`}>{t('map.country')}</label>
          <select
            id={`${ids}-country`}
            value={country}
            onChange={(e) => setList('country', e.target.value ? [e.target.value] : [])}
          >
            <option value="">{t('map.allCountries')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {withCount(c.name, facets?.country, c.code)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {years.length > 0 && (
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
      )}
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
