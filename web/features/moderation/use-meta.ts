import { useEffect, useState } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import { api } from '../../lib/api-client.ts';

let cached: Promise<Meta> | undefined;

/** Themes, actions and countries with their labels (the public /api/meta), loaded once. */
export function useMeta(): Meta | undefined {
  const [meta, setMeta] = useState<Meta | undefined>();
  useEffect(() => {
    let live = true;
    cached ??= api.get<Meta>('/meta').catch((e: unknown) => {
      cached = undefined;
      throw e;
    });
    cached.then(
      (m) => live && setMeta(m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return meta;
}

export function labelOf(
  list: { code: string; label?: string; name?: string }[] | undefined,
  code: string,
) {
  const found = list?.find((x) => x.code === code);
  return found?.label ?? found?.name ?? code;
}
