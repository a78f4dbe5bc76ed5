import { describe, expect, it } from 'vitest';
import { fromAddress, makeStaff, ORIGIN, PASSWORD } from '../auth/auth.test-helpers.ts';
import { PAIR_LIMIT } from '../auth/sign-in-throttle.ts';
import { SUBMIT_LIMIT } from '../submissions/submissions.routes.ts';
import { testApp, type TestApp } from '../../tests/helpers/test-app.ts';
import { clientAddress, RateLimiter } from './rate-limit.ts';
import { submissionBody } from '../../tests/helpers/submission-body.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const PROXY = '10.0.0.2'; // the reverse proxy's own address, as the app's socket sees it

describe('clientAddress', () => {
  it('uses the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.1', 0)).toBe('198.51.100.4');
  });

  it('uses the address the trusted proxy saw (the right-most hop), not the one the client wrote', () => {
    expect(clientAddress(PROXY, '203.0.113.1, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress(PROXY, '198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress(PROXY, ' 1.1.1.1 ,2.2.2.2,  198.51.100.4 ', 1)).toBe('198.51.100.4');
  });

  it('with two trusted proxies, skips the hop the inner proxy added', () => {
    expect(clientAddress(PROXY, 'forged, 198.51.100.4, 10.0.0.1', 2)).toBe('198.51.100.4');
    // Fewer hops than proxies: the left-most, which a trusted proxy still wrote.
    expect(clientAddress(PROXY, '198.51.100.4', 2)).toBe('198.51.100.4');
  });

  it('falls back to the socket address without X-Forwarded-For', () => {
    expect(clientAddress(PROXY, undefined, 1)).toBe(PROXY);
    expect(clientAddress(PROXY, ' , ', 1)).toBe(PROXY);
  });

  it('counts an IPv6 client by its /64, which one host can fill with addresses', () => {
    expect(clientAddress('2001:db8:1:2:aaaa::1', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:ffff:1:2:3', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::7', undefined, 0)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1', undefined, 0)).toBe('0:0:0:0::/64');
    expect(clientAddress('::ffff:198.51.100.4', undefined, 0)).toBe('198.51.100.4');
    expect(clientAddress(PROXY, 'x, 2001:DB8:1:2::9', 1)).toBe('2001:db8:1:2::/64');
  });

  it('keeps a key short whatever a proxy wrote', () => {
    expect(clientAddress(PROXY, 'x'.repeat(5000), 1).length).toBeLessThanOrEqual(100);
  });
});

describe('RateLimiter', () => {
  it('keeps at most maxKeys clients in memory, dropping the oldest', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.hit(`client ${i}`, NOW);
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(limiter.hit('client 999', NOW)).toBeGreaterThan(0); // the newest are still counted
  });

  it('drops expired windows as time moves on', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 50; i++) limiter.hit(`client ${i}`, NOW);
    limiter.hit('late', NOW + 61_000);
    expect(limiter.size).toBe(1);
  });
});

describe('per-address limits behind a trusted proxy', () => {
  /** A request that passed the proxy: the client wrote `forged`, the proxy appended `real`. */
  const via = (forged: string, real: string) => ({ 'X-Forwarded-For': `${forged}, ${real}` });

  const login = (t: TestApp, email: string, password: string, headers: Record<string, string>) =>
    t.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
        body: JSON.stringify({ email, password }),
      },
      fromAddress(PROXY),
    );

  it('a forged first hop does not give sign-in guesses a new address', async () => {
    const t = testApp({ env: { TRUST_PROXY: 1 }, start: NOW });
    await makeStaff(t.db, 'moderator', 'forged@example.org');
    for (let i = 0; i < PAIR_LIMIT.limit; i++) {
      const res = await login(
        t,
        'forged@example.org',
        `guess ${i}`,
        via(`1.1.1.${i}`, '203.0.113.9'),
      );
      expect(res.status).toBe(401);
    }
    const next = await login(t, 'forged@example.org', 'guess', via('9.9.9.9', '203.0.113.9'));
    expect(next.status).toBe(429);
    // The owner, elsewhere, is not affected.
    const owner = await login(t, 'forged@example.org', PASSWORD, via('', '198.51.100.20'));
    expect(owner.status).toBe(200);
  }, 30_000);

  it('a forged first hop does not give submissions a new address', async () => {
    const t = testApp({ env: { TRUST_PROXY: 1 }, start: NOW });
    const submit = (headers: Record<string, string>) =>
      t.app.request(
        '/api/submissions',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(submissionBody({}, NOW)),
        },
        fromAddress(PROXY),
      );
    for (let i = 0; i < SUBMIT_LIMIT.limit; i++) {
      const res = await submit(via(`1.1.1.${i}`, '203.0.113.9'));
      expect(res.status, await res.text()).toBe(201);
    }
    expect((await submit(via('9.9.9.9', '203.0.113.9'))).status).toBe(429);
    expect((await submit(via('9.9.9.9', '198.51.100.20'))).status).toBe(201);
  });
});
