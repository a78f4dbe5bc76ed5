import X from 'lucide-react/icons/x';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Meta } from '../../../contract/initiatives.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import { themeColor } from '../../lib/scales.ts';
import { textLanguage } from '../../components/ui/text-language.ts';

/** Entries listed at first and added by each "Show more": a few phone screens' worth. */
export const PAGE_SIZE = 20;

type Props = {
  items: readonly MapItem[];
  meta: Meta;
  /** The whole filtered set, before "only what is visible" narrows it. */
  totalMatching: number;
  onlyVisibleActive: boolean;
  onShowOnMap: (slug: string, opener: HTMLElement) => void;
};

export function placeLine(i: MapItem): string {
  return [i.locality, i.countryName, i.year === null ? null : String(i.year)]
    .filter(Boolean)
    .join(' · ');
}

/** An entry's themes as coloured chips, as on the map (list and summary card). */
export function ThemeChips({
  codes,
  labels,
}: {
  codes: readonly string[];
  labels: ReadonlyMap<string, string>;
}) {
  return (
    <ul className="theme-chips">
      {codes.map((code) => (
        <li key={code}>
          <span className="swatch" style={{ background: themeColor(code) }} aria-hidden="true" />
          {labels.get(code) ?? code}
        </li>
      ))}
    </ul>
  );
}

/**
 * The accessible twin of the map: every matching initiative, in pages. Hovering or focusing an
 * entry rings its point on the map; hovering a point marks the entry here.
 */
export function ResultsList({ items, meta, totalMatching, onlyVisibleActive, onShowOnMap }: Props) {
  const hovered = useExplorer((s) => s.hovered);
  const selected = useExplorer((s) => s.selected);
  const hover = useExplorer((s) => s.hover);
  const resetFilters = useExplorer((s) => s.resetFilters);
  const setOnlyVisible = useExplorer((s) => s.setOnlyVisible);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const themeLabel = new Map(meta.themes.map((x) => [x.code, x.label]));

  // A new result set starts at the top again (state adjusted during render, not in an effect).
  const [shownFor, setShownFor] = useState(items);
  if (shownFor !== items) {
    setShownFor(items);
    setLimit(PAGE_SIZE);
  }

  if (items.length === 0) {
    const visibleOnly = onlyVisibleActive && totalMatching > 0;
    return (
      <div className="empty-state" role="status">
        <p className="empty-title">{visibleOnly ? t('map.emptyVisible') : t('map.empty')}</p>
        <p>{visibleOnly ? t('map.emptyVisibleHelp') : t('map.emptyHelp')}</p>
        {visibleOnly ? (
          <button type="button" className="button secondary" onClick={() => setOnlyVisible(false)}>
            {t('map.onlyVisibleOff')}
            <Icon icon={X} />
          </button>
        ) : (
          <button type="button" className="button secondary" onClick={resetFilters}>
            {t('map.reset')}
          </button>
        )}
      </div>
    );
  }

  const shown = items.slice(0, limit);
  return (
    <>
      <p className="results-count">
        {t('map.showing', { shown: shown.length, count: items.length })}
      </p>
      <ul className="result-list" onMouseLeave={() => hover(null)}>
        {shown.map((i) => (
          <li
            key={i.slug}
            data-slug={i.slug}
            className={`result${hovered === i.slug ? ' is-hovered' : ''}${selected === i.slug ? ' is-selected' : ''}`}
            onMouseEnter={() => hover(i.slug)}
            onFocus={() => hover(i.slug)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hover(null);
            }}
          >
            <h3 className="result-title">
              <Link href={`/initiatives/${i.slug}`} {...textLanguage(i.language)}>
                {i.title}
              </Link>
            </h3>
            <p className="result-place">
              {placeLine(i)}
              {i.approximate && <span className="muted"> {t('map.approximate')}</span>}
            </p>
            <ThemeChips codes={i.themes} labels={themeLabel} />
            <button
              type="button"
              className="link-button show-on-map"
              aria-label={t('map.showOnMapNamed', { title: i.title })}
              onClick={(e) => onShowOnMap(i.slug, e.currentTarget)}
            >
              {t('map.showOnMap')}
            </button>
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button
          type="button"
          className="button secondary show-more"
          onClick={() => setLimit((n) => n + PAGE_SIZE)}
        >
          {t('map.showMore')}
        </button>
      )}
    </>
  );
}
