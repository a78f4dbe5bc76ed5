/** Server-only limits of the submission endpoint (the shared shapes: contract/submissions.ts). */

/** Milliseconds a person needs at least between opening the form and sending it. */
export const MIN_FILL_MS = 5_000;

/**
 * A start time outside this window (by the server's clock) is not a person's: a bot that sends
 * none, 0, a replayed old value or one far ahead is thanked and nothing is stored. The form
 * sends its start time on the server's clock and never one older than a day, so a child whose
 * device clock is wrong is not caught; a day ahead covers any time-zone mistake.
 */
export const START_WINDOW = { maxAgeMs: 30 * 24 * 60 * 60 * 1000, maxAheadMs: 24 * 60 * 60 * 1000 };

/** Largest request body the API reads, in bytes (the longest valid body is under 8 KB). */
export const MAX_BODY_BYTES = 32 * 1024;
