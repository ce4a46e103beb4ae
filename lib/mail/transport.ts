import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { processWide } from "@/lib/cache/process-wide";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * The one place that sends mail: SMTP through nodemailer (SMTP_URL, MAIL_FROM). In the embedded
 * demo SMTP_URL points at the local mail catcher (packages/mail-catcher); in production at the
 * platform's mail service. Pooled connections, one per process.
 */
const state = processWide("mail-transport", () => ({ transport: null as Transporter | null }));

function transport(): Transporter {
  if (!env.SMTP_URL) throw new AppError("unavailable:mail");
  // Timeouts well under the send job's expiry and the notice's claim (10 min): a hung SMTP
  // server fails the attempt, which is retried, instead of outliving its claim.
  state.transport ??= nodemailer.createTransport(
    {
      url: env.SMTP_URL,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
    { from: env.MAIL_FROM },
  );
  return state.transport;
}

export interface OutgoingMail {
  /** The sender; MAIL_FROM when unset. */
  from?: string | { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per notice, so a receiving system can recognise a repeat of the same mail. */
  messageId: string;
  headers: Record<string, string>;
}

/** Sends one mail; resolves once the SMTP server accepted it, throws when it did not. */
export async function sendMail(mail: OutgoingMail): Promise<{ accepted: number }> {
  const info = await transport().sendMail({
    from: mail.from ?? env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: mail.messageId,
    headers: mail.headers,
  });
  if (info.rejected.length > 0) throw new Error(`the SMTP server refused ${mail.to}`);
  return { accepted: info.accepted.length };
}

/** Closes pooled connections (tests, shutdown). */
export function closeMail(): void {
  state.transport?.close();
  state.transport = null;
}
