import { useCallback, useEffect, useState } from 'react';
import type { Query } from './api-client.ts';
import { staffApi } from './staff-api.ts';

type State<T> = { key: string; data?: T; error?: unknown };

/**
 * Loads a staff endpoint and reloads it when the path or query change, or on `reload()`.
 * An answer for an earlier key is never shown as the current one.
 */
export function useStaffQuery<T>(path: string | null, query?: Query) {
  const [attempt, setAttempt] = useState(0);
  const key = `${path}?${JSON.stringify(query ?? {})}#${attempt}`;
  const [state, setState] = useState<State<T>>({ key: '' });

  useEffect(() => {
    if (!path) return;
    let live = true;
    staffApi.get<T>(path, query).then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
    // `key` captures path, query and attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    /** The last answer, even while a newer one loads (keeps lists steady while filtering). */
    stale: state.data,
    error: current ? state.error : undefined,
    loading: Boolean(path) && !current,
    reload,
  };
}
