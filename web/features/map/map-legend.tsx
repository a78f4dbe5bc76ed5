import type { Meta } from '../../../api/initiatives/initiatives.schema.ts';
import '../../i18n/en/map.ts';
import { t } from '../../i18n/i18n.ts';
import { BASEMAP_COLORS, CLUSTER_COLOR, themeColor, type LegendStep } from './scales.ts';

/** Key to the map: country shading and point colours. Same scale as the map (scales.ts). */
export function MapLegend({ steps, meta }: { steps: readonly LegendStep[]; meta: Meta }) {
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
      <details className="legend-themes">
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
