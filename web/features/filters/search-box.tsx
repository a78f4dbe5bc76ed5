import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/i18n.ts';

/** Free-text search; commits after a short pause in typing, or at once on Enter. */
export function SearchBox({
  value,
  onChange,
  delay = 300,
}: {
  value: string;
  onChange: (q: string) => void;
  delay?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const committed = useRef(value);

  // Back/Forward or "Clear all" change the value from outside: show it.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function commit(q: string) {
    clearTimeout(timer.current);
    committed.current = q;
    onChange(q);
  }

  return (
    <div className="field search-field">
      <label htmlFor={id}>{t('map.search')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={draft}
          maxLength={200}
          placeholder={t('map.searchPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const q = e.target.value;
            setDraft(q);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(q), delay);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(draft);
            }
          }}
        />
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('map.searchHint')}
      </p>
    </div>
  );
}
