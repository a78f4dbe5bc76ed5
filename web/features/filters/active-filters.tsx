import X from 'lucide-react/icons/x';
import type { Meta } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import { activeFilterCount, EMPTY_FILTERS, type FilterState } from '../../stores/filters.ts';
import { Icon } from '../../components/ui/icon.tsx';

type Chip = { key: string; label: string; remove: (f: FilterState) => FilterState };

export function activeChips(f: FilterState, meta: Meta): Chip[] {
  const chips: Chip[] = [];
  const name = (list: { code: string; label?: string; name?: string }[], code: string) => {
    const hit = list.find((x) => x.code === code);
    return hit?.label ?? hit?.name ?? code;
  };
  const subregions = meta.regions.flatMap((r) => r.subregions);
  const sources = {
    theme: meta.themes,
    action: meta.actions,
    region: meta.regions,
    subregion: subregions,
    country: meta.countries,
  } as const;
  for (const key of ['theme', 'action', 'region', 'subregion', 'country'] as const) {
    for (const code of f[key]) {
      chips.push({
        key: `${key}:${code}`,
        label: name(sources[key], code),
        remove: (s) => ({ ...s, [key]: s[key].filter((v) => v !== code) }),
      });
    }
  }
  if (f.yearFrom !== null || f.yearTo !== null) {
    chips.push({
      key: 'year',
      label: t('map.yearChip', {
        from: f.yearFrom === null ? '…' : String(f.yearFrom),
        to: f.yearTo === null ? '…' : String(f.yearTo),
      }),
      remove: (s) => ({ ...s, yearFrom: null, yearTo: null }),
    });
  }
  if (f.q.trim()) {
    chips.push({
      key: 'q',
      label: t('map.searchChip', { q: f.q.trim() }),
      remove: (s) => ({ ...s, q: '' }),
    });
  }
  return chips;
}

/** The current choices as removable chips, visible even when the panel is folded away. */
export function ActiveFilters({ meta }: { meta: Meta }) {
  const filters = useExplorer((s) => s.filters);
  const setFilters = useExplorer((s) => s.setFilters);
  if (activeFilterCount(filters) === 0) return null;
  const chips = activeChips(filters, meta);
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t('map.activeFilters')}</h2>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip"
              aria-label={t('map.removeFilter', { label: c.label })}
              onClick={() => setFilters(c.remove(filters))}
            >
              {c.label} <Icon icon={X} size={14} />
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={() => setFilters(EMPTY_FILTERS)}>
            {t('map.reset')}
          </button>
        </li>
      </ul>
    </div>
  );
}
