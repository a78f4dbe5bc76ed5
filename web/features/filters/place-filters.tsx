import type { Facets, Meta } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';

function withCount(label: string, counts: Record<string, number> | undefined, code: string) {
  if (!counts) return label;
  return t('map.optionCount', { label, count: counts[code] ?? 0 });
}

/**
 * Region, sub-region and country: each narrows the next one's choices, and a wider choice
 * drops the narrower ones it excludes.
 */
export function PlaceFilters({
  meta,
  facets,
  ids,
}: {
  meta: Meta;
  facets: Facets | undefined;
  ids: string;
}) {
  const filters = useExplorer((s) => s.filters);
  const setList = useExplorer((s) => s.setList);
  const region = filters.region[0] ?? '';
  const subregion = filters.subregion[0] ?? '';
  const country = filters.country[0] ?? '';
  const regionsShown = region ? meta.regions.filter((r) => r.code === region) : meta.regions;
  const subregions = regionsShown.flatMap((r) => r.subregions);
  const subregionCodes = new Set(subregions.map((s) => s.code));
  // In the order the API sends them: sorted by name in the page's language (Intl.Collator on
  // the server), where a sort here would use the browser's language and load its collation.
  const countries = meta.countries.filter(
    (c) =>
      (!region || c.region === region) &&
      (!subregion || c.subregion === subregion) &&
      ((facets?.country[c.code] ?? 0) > 0 || filters.country.includes(c.code)),
  );
  return (
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
  );
}
