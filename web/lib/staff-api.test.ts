import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { timeToWait } from './staff-api.ts';

const refused = (retryAfter?: number) =>
  new ApiError(429, 'Too many requests', undefined, undefined, retryAfter);

describe('timeToWait', () => {
  it('says minutes for a short wait, one minute at least', () => {
    expect(timeToWait(refused(30))).toBe('1 minute');
    expect(timeToWait(refused(900))).toBe('15 minutes');
    expect(timeToWait(refused())).toBe('1 minute');
  });

  it('says hours for a long wait, not "1440 minutes"', () => {
    expect(timeToWait(refused(86_400))).toBe('24 hours');
    expect(timeToWait(refused(3_600))).toBe('60 minutes');
    expect(timeToWait(refused(5_400))).toBe('2 hours');
  });
});
