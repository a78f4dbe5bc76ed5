import type { Facets } from '../../../contract/initiatives.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import type { ListFilterKey } from '../../stores/filters.ts';
import { themeColor } from '../../lib/scales.ts';

/** Themes or actions as checkboxes, each with its live count (themes with their colour). */
export function CheckboxGroup({
  filterKey: key,
  legend,
  options,
  counts,
}: {
  filterKey: Extract<ListFilterKey, 'theme' | 'action'>;
  legend: string;
  options: { code: string; label: string }[];
  counts: Facets['theme'] | undefined;
}) {
  const filters = useExplorer((s) => s.filters);
  const toggle = useExplorer((s) => s.toggle);
  return (
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
}
