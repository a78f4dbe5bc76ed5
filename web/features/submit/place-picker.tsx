import MapPin from 'lucide-react/icons/map-pin';
import { useEffect, useState } from 'react';
import type { Place, Places } from '../../../contract/places.ts';
import { LIMITS } from '../../../contract/vocabulary.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { api } from '../../lib/api-client.ts';
import { TextField } from './fields.tsx';

type Props = {
  country: string;
  locality: string;
  picked: boolean;
  onType: (locality: string) => void;
  onPick: (place: Place) => void;
  onBlur: () => void;
  error?: string;
};

/**
 * Town or city: type, then pick from the offline gazetteer, or keep what was typed. Picking
 * stores the town's rounded point; nothing more precise is ever asked for.
 */
export function PlacePicker(p: Props) {
  const [found, setFound] = useState<{ query: string; items: Place[] }>({ query: '', items: [] });
  const query = p.locality.trim();
  const active = Boolean(p.country) && query.length > 0 && !p.picked;

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<Places>(
          '/places',
          { country: p.country, q: query, limit: 6 },
          {
            signal: controller.signal,
          },
        )
        .then((r) => setFound({ query, items: r.items }))
        // Offline or failing: the child can still type the town freely.
        .catch(() => setFound({ query, items: [] }));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [active, p.country, query]);

  const items = active && found.query === query ? found.items : [];
  const showNone = active && found.query === query && items.length === 0;

  return (
    <TextField
      name="locality"
      label={t('submit.localityLabel')}
      hint={p.country ? t('submit.localityHint') : t('submit.localityNeedsCountry')}
      value={p.locality}
      onChange={p.onType}
      onBlur={p.onBlur}
      error={p.error}
      optional
      max={LIMITS.locality.max}
      autoComplete="off"
    >
      {items.length > 0 ? (
        <div className="tell-suggestions">
          <p id="tell-suggestions-label" className="tell-hint">
            {t('submit.suggestions')}
          </p>
          <ul aria-labelledby="tell-suggestions-label">
            {items.map((place) => (
              <li key={`${place.name}|${place.lat}|${place.lon}`}>
                <button type="button" className="tell-suggestion" onClick={() => p.onPick(place)}>
                  {place.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {showNone ? <p className="tell-hint">{t('submit.noSuggestions')}</p> : null}
      {p.picked ? (
        <p className="tell-picked" role="status">
          <Icon icon={MapPin} /> {t('submit.picked', { name: p.locality })}
        </p>
      ) : null}
    </TextField>
  );
}
