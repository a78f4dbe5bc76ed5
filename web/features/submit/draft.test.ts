import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_KEY, DRAFT_START_MAX_AGE_MS, emptyValues, loadDraft } from './draft.ts';

afterEach(() => localStorage.clear());

const save = (startedAt: number) =>
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ values: emptyValues(), step: 1, startedAt }));

describe('a reloaded draft', () => {
  it('keeps its start time, so a reload does not restart the minimum fill time', () => {
    const startedAt = Date.now() - 60_000;
    save(startedAt);
    expect(loadDraft()?.startedAt).toBe(startedAt);
  });

  it('never starts more than a day ago, nor in the future, so the server never takes it for a bot', () => {
    save(Date.now() - 40 * DRAFT_START_MAX_AGE_MS);
    const old = loadDraft()?.startedAt as number;
    expect(Math.abs(old - (Date.now() - DRAFT_START_MAX_AGE_MS))).toBeLessThan(1_000);
    save(Date.now() + 5 * DRAFT_START_MAX_AGE_MS);
    expect(loadDraft()?.startedAt).toBeLessThanOrEqual(Date.now());
  });
});
