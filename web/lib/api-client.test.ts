import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ApiClient from './api-client.ts';

let client: typeof ApiClient;

beforeEach(async () => {
  vi.resetModules(); // a fresh page: no answer seen yet
  client = await import('./api-client.ts');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const DAY = 24 * 60 * 60 * 1000;

function answerWithDate(date: number | undefined) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      calls.push(String(input));
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (date !== undefined) headers.Date = new Date(date).toUTCString();
      return new Response('{}', { status: 200, headers });
    }),
  );
  return calls;
}

describe('serverTime', () => {
  it('turns a time on this device’s clock into the server’s, from the Date of its answers', async () => {
    // A school computer whose clock is three days behind.
    const server = Date.now() + 3 * DAY;
    answerWithDate(server);
    await client.api.get('/meta');
    const opened = Date.now() - 60_000;
    const onServer = await client.serverTime(opened);
    expect(Math.abs(onServer - (opened + 3 * DAY))).toBeLessThan(5_000);
  });

  it('asks the server once when it has not answered yet', async () => {
    const calls = answerWithDate(Date.now() - 2 * DAY);
    const opened = Date.now();
    const onServer = await client.serverTime(opened);
    expect(Math.abs(onServer - (opened - 2 * DAY))).toBeLessThan(5_000);
    expect(calls).toEqual(['/api/health']);
    await client.serverTime(opened);
    expect(calls).toHaveLength(1);
  });

  it('keeps the device’s time when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const opened = Date.now();
    expect(await client.serverTime(opened)).toBe(opened);
  });
});
