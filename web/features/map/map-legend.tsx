import { useState } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { WIDE_LAYOUT } from './map-start.ts';
import { BASEMAP_COLORS, CLUSTER_COLOR, themeColor, type LegendStep } from '../../lib/scales.ts';

/** Key to the map: country shading and point colours. Same scale as the map (scales.ts). */
export function MapLegend({ steps, meta }: { steps: readonly LegendStep[]; meta: Meta }) {
  // Open on wide screens (the two-column layout, where the open key costs no map); on a phone it starts folded, under the map. Read once: after that
  // the visitor's own choice holds.
  const [openAtFirst] = useState(
    () => typeof matchMedia === 'function' && matchMedia(WIDE_LAYOUT).matches,
  );
  return (
    <div className="map-legend">
      <div>
        <h3 className="legend-title">{t('map.legendCountries')}</h3>
        <ul className="legend-steps">
          <li>
            <span className="legend-box" style={{ background: BASEMAP_COLORS.land }} />
            {t('map.legendNone')}
          </li>
          {steps.map((s) => (
            <li key={s.from}>
              <span className="legend-box" style={{ background: s.color }} />
              {s.to === null
                ? t('map.legendOrMore', { from: s.from })
                : s.from === s.to
                  ? s.from
                  : t('map.legendRange', { from: s.from, to: s.to })}
            </li>
          ))}
        </ul>
      </div>
      <details className="legend-themes" open={openAtFirst}>
        <summary>{t('map.legendThemes')}</summary>
        <ul>
          <li>
            <span className="legend-dot cluster" style={{ background: CLUSTER_COLOR }} />
            {t('map.legendCluster')}
          </li>
          {meta.themes.map((th) => (
            <li key={th.code}>
              <span className="legend-dot" style={{ background: themeColor(th.code) }} />
              {th.label}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
