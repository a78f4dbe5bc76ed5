import nodemailer, { type Transporter } from 'nodemailer';
import type { Env } from '../env.ts';

export type Mail = { to: string[]; subject: string; text: string };

export type Mailer = {
  /** False when no SMTP_URL is configured: sending is then a no-op. */
  readonly enabled: boolean;
  /** Sends in the background; a failure is logged, never thrown, so no request fails for it. */
  send(mail: Mail): Promise<void>;
};

const mailers = new WeakMap<Env, Mailer>();

/**
 * Optional email (for example "a new submission is waiting"). With SMTP_URL unset nothing is
 * sent and nothing fails. One transport per configuration, reused.
 */
export function mailerFor(env: Env, log: (message: string, detail?: unknown) => void): Mailer {
  let mailer = mailers.get(env);
  if (mailer) return mailer;
  const url = env.SMTP_URL;
  if (!url) {
    mailer = { enabled: false, send: async () => {} };
  } else {
    let transport: Transporter | undefined;
    const from = env.MAIL_FROM ?? 'Participation Map <no-reply@localhost>';
    mailer = {
      enabled: true,
      async send(mail) {
        if (mail.to.length === 0) return;
        try {
          transport ??= nodemailer.createTransport(url);
          // Bcc keeps staff addresses from each other.
          await transport.sendMail({
            from,
            to: from,
            bcc: mail.to,
            subject: mail.subject,
            text: mail.text,
          });
        } catch (e) {
          log('Could not send email', (e as Error).message);
        }
      },
    };
  }
  mailers.set(env, mailer);
  return mailer;
}
