import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/server/logging/logger";
import { claimMailLease, dueMail, MAIL_LEASE_MS, MAX_MAIL_TAKEOVERS, readMail, transitionMail, type MailState, type StoredMail } from "./mail-outbox";
import { smtpTransport, type MailMessage, type MailTransport, type SendOutcome } from "./smtp-transport";

/** Waits before the 2nd, 3rd, 4th and 5th attempt; a 5th transport failure marks the message failed. */
export const MAIL_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000] as const;
export const MAX_MAIL_ATTEMPTS = MAIL_RETRY_DELAYS_MS.length + 1;
/**
 * A send is started only while this much of the lease is left. SMTP_TIMEOUTS bound a send well below
 * it, so the holder has finished talking to the server before anyone else may take the message over.
 */
export const SEND_MARGIN_MS = 60_000;
const MAILS_PER_TICK = 50;
const PARALLEL_SENDS = 2;

export type MailTickResult = {
  due: number;
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** Due messages left queued: production without SMTP_URL, or the lease ran short before sending. */
  held: number;
};

export type MailTickOptions = {
  /** Names this worker in its leases (host, pid and a random part in the app). */
  workerId: string;
  /** What is due is decided at this instant; defaults to the clock. */
  now?: Date;
  /** The wall clock for leases and outcomes; defaults to the real clock (shifted to start at `now`). */
  clock?: () => Date;
  /** smtp(s)://… to send through; null sends nothing over SMTP (see `logOnly`). Defaults to SMTP_URL. */
  smtpUrl?: string | null;
  /** The From address; defaults to MAIL_FROM. */
  mailFrom?: string;
  /**
   * Without an SMTP URL: true writes each message to the log and marks it sent (development, test),
   * false leaves it queued and warns (production must not pretend to have mailed). Defaults by NODE_ENV.
   */
  logOnly?: boolean;
  limit?: number;
  /** Replaces the SMTP transport (tests of the tick itself). */
  transport?: MailTransport;
};

type Run = { clock: () => Date; options: MailTickOptions; result: MailTickResult; transport: MailTransport | "log"; from: string };

function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** "Name <address>" or a bare address → the address. */
const addressOf = (from: string) => from.match(/<([^<>\s]+@[^<>\s]+)>\s*$/)?.[1] ?? from.trim();

/** The From header: the message's display name (never a newline) with the configured address. */
function fromHeader(mail: StoredMail, configured: string): MailMessage["from"] {
  if (!mail.fromName) return configured;
  return { name: mail.fromName.replace(/[\r\n]+/g, " ").slice(0, 120), address: addressOf(configured) };
}

/** Development/test without SMTP: the message (its link included) goes to the log instead. */
function logMessage(mail: StoredMail): SendOutcome {
  logger.warn(
    { job: "mail", mailId: mail._id, kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text },
    "SMTP_URL is not set: mail written to the log instead of sent (development only)",
  );
  return { kind: "sent", messageId: null };
}

/** The state after an attempt's outcome. */
function nextState(mail: StoredMail, outcome: SendOutcome, transport: string, at: Date): MailState {
  const attempts = (mail.attempts ?? 0) + 1;
  const base = { attempts, nextAttemptAt: mail.nextAttemptAt, sentAt: null, transport: null, messageId: null };
  if (outcome.kind === "sent") return { ...base, status: "sent", lastError: null, sentAt: at, transport, messageId: outcome.messageId };
  if (outcome.kind === "retry" && attempts < MAX_MAIL_ATTEMPTS) {
    return { ...base, status: "pending", lastError: outcome.error, nextAttemptAt: new Date(at.getTime() + MAIL_RETRY_DELAYS_MS[attempts - 1]) };
  }
  return { ...base, status: "failed", lastError: outcome.error };
}

/** The same state under a new generation: still due, leased afresh by whoever polls next. */
const unchanged = (mail: StoredMail): MailState => ({
  status: "pending",
  attempts: mail.attempts ?? 0,
  nextAttemptAt: mail.nextAttemptAt,
  lastError: mail.lastError ?? null,
  sentAt: null,
  transport: null,
  messageId: null,
});

async function handleMail(mail: StoredMail, leaseUntil: Date, run: Run): Promise<void> {
  const { clock, options, result } = run;
  if (leaseUntil.getTime() - clock().getTime() < SEND_MARGIN_MS) {
    // The tick got here late (slow database): hand the message on instead of sending near the lease's end.
    result.held++;
    await transitionMail(mail, unchanged(mail), options.workerId, clock());
    return;
  }
  const message = { from: fromHeader(mail, run.from), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html };
  const outcome = run.transport === "log" ? logMessage(mail) : await run.transport.send(message);
  const next = nextState(mail, outcome, run.transport === "log" ? "log" : "smtp", clock());
  const log = { job: "mail", mailId: mail._id, kind: mail.kind, attempts: next.attempts };
  if (next.status === "sent") result.sent++;
  else if (next.status === "pending") {
    result.retried++;
    logger.warn({ ...log, error: next.lastError, nextAttemptAt: next.nextAttemptAt }, "mail not sent; will retry");
  } else {
    result.failed++;
    logger.error({ ...log, error: next.lastError }, "mail failed; not retried");
  }
  if (!(await transitionMail(mail, next, options.workerId, clock()))) {
    logger.warn({ ...log, outcome: next.status }, "mail was moved on by another worker while this one sent it");
  }
}

/**
 * One pass of the outbox: every due message is leased (at most one worker per live lease, across app
 * instances), sent and moved on (sent, retried with backoff, or failed). Delivery is at least once:
 * a worker that dies after the server accepted a message but before recording it leaves it to be sent
 * again when its lease runs out; two live workers never both send it.
 */
export async function runMailTick(options: MailTickOptions): Promise<MailTickResult> {
  const clock = options.clock ?? (options.now ? clockFrom(options.now) : () => new Date());
  const startedAt = clock().getTime();
  const now = options.now ?? new Date(startedAt);
  const result: MailTickResult = { due: 0, claimed: 0, sent: 0, retried: 0, failed: 0, held: 0 };
  const due = await dueMail(now, options.limit ?? MAILS_PER_TICK);
  result.due = due.length;
  if (due.length === 0) return result;

  const smtpUrl = options.smtpUrl === undefined ? (env.SMTP_URL ?? null) : options.smtpUrl;
  const logOnly = options.logOnly ?? env.NODE_ENV !== "production";
  if (!options.transport && !smtpUrl && !logOnly) {
    result.held = due.length;
    logger.warn({ job: "mail", waiting: due.length }, "SMTP_URL is not set: outgoing mail stays queued until it is configured");
    return result;
  }
  const transport: MailTransport | "log" =
    options.transport ?? (smtpUrl ? smtpTransport(smtpUrl, { requireTlsForAuth: env.NODE_ENV === "production" }) : "log");
  const run: Run = { clock, options, result, transport, from: options.mailFrom ?? env.MAIL_FROM };

  const queue = [...due];
  const worker = async () => {
    for (let mail = queue.shift(); mail; mail = queue.shift()) {
      // Half a lease into the tick: the rest is the next tick's, so no claim is made late.
      if (clock().getTime() - startedAt > MAIL_LEASE_MS / 2) {
        queue.length = 0;
        return;
      }
      try {
        const lease = await claimMailLease(mail, clock(), options.workerId);
        if (lease.kind === "busy") continue;
        if (lease.kind === "exhausted") {
          // Every holder died or hung on this generation: sending it again risks more of the same.
          logger.error({ job: "mail", mailId: mail._id }, `mail was taken over ${MAX_MAIL_TAKEOVERS} times; marked failed`);
          const failed: MailState = { ...unchanged(mail), status: "failed", lastError: `abandoned after ${MAX_MAIL_TAKEOVERS} lease takeovers` };
          if (await transitionMail(mail, failed, options.workerId, clock())) result.failed++;
          continue;
        }
        // Re-read after the lease: a message that moved on since the query is someone else's now.
        const current = await readMail(mail._id);
        if (!current || current.generation !== mail.generation || current.status !== "pending") continue;
        result.claimed++;
        await handleMail(current, lease.leaseUntil, run);
      } catch (error) {
        // A database error: whatever lease was taken runs out and a later tick tries again.
        logger.warn({ job: "mail", mailId: mail._id, err: { message: errorText(error) } }, "mail job failed");
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, worker));
  } finally {
    if (transport !== "log" && !options.transport) transport.close();
  }
  return result;
}
