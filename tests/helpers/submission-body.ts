/**
 * A valid "Let's tell the world" body, as the form sends it: a child-led climate group in
 * Nairobi that opened the form two minutes before `startedAt`'s reference time. Tests and
 * benchmarks change only what they are about.
 */
export function submissionBody(
  over: Record<string, unknown> = {},
  now: number = Date.now(),
): Record<string, unknown> {
  return {
    title: 'Green Kids Club',
    summary: 'We plant trees around our school and ask the council for greener streets.',
    country: 'KE',
    locality: 'Nairobi',
    lat: -1.28,
    lon: 36.82,
    themes: ['climate'],
    actions: ['awareness'],
    year: 2024,
    ageRange: '10-14',
    groupSize: '6-20',
    childLed: 'child-led',
    consent: true,
    language: 'en',
    website: '',
    startedAt: now - 120_000,
    ...over,
  };
}
