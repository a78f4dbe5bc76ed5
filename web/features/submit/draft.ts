import type { SubmissionInput } from '../../../contract/submissions.ts';

/** What the form holds while the child works; strings as typed, turned into the body on send. */
export type DraftValues = {
  title: string;
  summary: string;
  /** "In your own words": optional, at most 40 words. */
  quote: string;
  organization: string;
  country: string;
  locality: string;
  lat: number | null;
  lon: number | null;
  year: string;
  themes: string[];
  actions: string[];
  ageRange: string;
  groupSize: string;
  childLed: string;
  contactEmail: string;
  link: string;
  consent: boolean;
  website: string;
};

export type Draft = { values: DraftValues; step: number; startedAt: number };

export const DRAFT_KEY = 'participation-map:tell-draft:v1';

/** A reloaded draft's start time is never older than this (see loadDraft). */
export const DRAFT_START_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const emptyValues = (): DraftValues => ({
  title: '',
  summary: '',
  quote: '',
  organization: '',
  country: '',
  locality: '',
  lat: null,
  lon: null,
  year: '',
  themes: [],
  actions: [],
  ageRange: '',
  groupSize: '',
  childLed: '',
  contactEmail: '',
  link: '',
  consent: false,
  website: '',
});

/** The saved draft, or undefined (none, unreadable, or storage blocked). */
export function loadDraft(): Draft | undefined {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.startedAt !== 'number') return;
    // A draft kept for weeks still counts as filled in well over the minimum time, but its start
    // must not look like a replayed old request to the server's anti-spam check (decision 071).
    const now = Date.now();
    return {
      values: { ...emptyValues(), ...parsed.values },
      step: typeof parsed.step === 'number' ? parsed.step : 0,
      startedAt: Math.min(now, Math.max(parsed.startedAt, now - DRAFT_START_MAX_AGE_MS)),
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Private mode or full storage: the form still works, only without surviving a reload.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // nothing to clear
  }
}

/** The request body: blanks become null, the year a number. */
export function toBody(v: DraftValues, startedAt: number, language: string): SubmissionInput {
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  return {
    title: v.title,
    summary: v.summary,
    country: v.country,
    locality: orNull(v.locality),
    lat: v.locality.trim() ? v.lat : null,
    lon: v.locality.trim() ? v.lon : null,
    themes: v.themes as SubmissionInput['themes'],
    actions: v.actions as SubmissionInput['actions'],
    year: v.year ? Number(v.year) : null,
    organization: orNull(v.organization),
    quote: orNull(v.quote),
    link: orNull(v.link),
    ageRange: v.ageRange as SubmissionInput['ageRange'],
    groupSize: v.groupSize as SubmissionInput['groupSize'],
    childLed: v.childLed as SubmissionInput['childLed'],
    contactEmail: orNull(v.contactEmail),
    consent: v.consent as true,
    language,
    website: v.website,
    startedAt,
  };
}
