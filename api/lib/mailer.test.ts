import { describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../env.ts';
import { mailerFor } from './mailer.ts';

describe('mailer', () => {
  it('does nothing, and fails nothing, when no SMTP server is configured', async () => {
    const mailer = mailerFor(loadEnv({}), () => {});
    expect(mailer.enabled).toBe(false);
    await expect(
      mailer.send({ to: ['a@example.org'], subject: 's', text: 't' }),
    ).resolves.toBeUndefined();
  });

  it('logs, never throws, when the SMTP server cannot be reached', async () => {
    const log = vi.fn();
    const mailer = mailerFor(loadEnv({ SMTP_URL: 'smtp://127.0.0.1:1' }), log);
    expect(mailer.enabled).toBe(true);
    await expect(
      mailer.send({ to: ['a@example.org'], subject: 's', text: 't' }),
    ).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('Could not send email', expect.any(String));
  });
});
