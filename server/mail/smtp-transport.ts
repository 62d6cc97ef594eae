import "server-only";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

/** What one send attempt came to. `failed` is permanent (the server refused this message); `retry` is not. */
export type SendOutcome = { kind: "sent"; messageId: string | null } | { kind: "retry"; error: string } | { kind: "failed"; error: string };

export type MailMessage = { from: string | { name: string; address: string }; to: string; subject: string; text: string; html: string };

export type MailTransport = {
  send(message: MailMessage): Promise<SendOutcome>;
  close(): void;
};

/**
 * Socket timeouts: a send that hangs ends well inside the mail lease (mail-sender.ts starts a send
 * only while SEND_MARGIN_MS of the lease is left), so no other worker can take the message over and
 * send it a second time while this one is still talking to the server.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 } as const;

/** Connection options from smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
export function smtpOptions(smtpUrl: string, { requireTlsForAuth }: { requireTlsForAuth: boolean }): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass } : undefined,
    // In production a password never crosses the network in clear: plain smtp:// must upgrade with STARTTLS.
    requireTLS: !secure && Boolean(user) && requireTlsForAuth,
    ...SMTP_TIMEOUTS,
  };
}

/**
 * The error as it may be stored and logged: nodemailer's code and the server's reply code and text,
 * with the URL's credentials cut out wherever they might appear (an echoed AUTH line, a URL).
 */
export function describeSendError(error: unknown, smtpUrl: string): string {
  const failure = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const code = typeof failure?.code === "string" ? failure.code : "ERROR";
  const reply = typeof failure?.responseCode === "number" ? ` ${failure.responseCode}` : "";
  let text = typeof failure?.message === "string" ? failure.message : String(error);
  const url = URL.canParse(smtpUrl) ? new URL(smtpUrl) : null;
  const secrets = url ? [url.password, decodeURIComponent(url.password), url.username, decodeURIComponent(url.username)].filter((s) => s.length >= 3) : [];
  for (const secret of secrets) text = text.split(secret).join("***");
  text = text.replace(/\/\/[^\s/@]*@/g, "//***@");
  return `${code}${reply}: ${text}`.slice(0, 500);
}

/**
 * A 5xx reply to the envelope or the message (unknown recipient, message refused) will be the same
 * next time: failed at once. A 5xx to AUTH is our configuration, not the message, and everything
 * else (refused connection, timeout, 4xx) may pass later: retried.
 */
export function isPermanentFailure(error: unknown): boolean {
  const failure = error as { code?: unknown; responseCode?: unknown };
  const responseCode = typeof failure?.responseCode === "number" ? failure.responseCode : 0;
  return responseCode >= 500 && responseCode < 600 && failure.code !== "EAUTH";
}

/** One SMTP connection per message (no pool): a tick sends a handful and volume is low. */
export function smtpTransport(smtpUrl: string, options: { requireTlsForAuth: boolean }): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptions(smtpUrl, options));
  return {
    async send(message) {
      try {
        const info = await transporter.sendMail(message);
        return { kind: "sent", messageId: typeof info.messageId === "string" ? info.messageId : null };
      } catch (error) {
        const description = describeSendError(error, smtpUrl);
        return isPermanentFailure(error) ? { kind: "failed", error: description } : { kind: "retry", error: description };
      }
    },
    close: () => transporter.close(),
  };
}
