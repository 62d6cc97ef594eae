import "server-only";
import { randomUUID } from "node:crypto";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { claimLease, claimTransition, purgeStaleClaimRows, type ClaimResult } from "@/server/db/exclusive-claim";
import { MailOutboxClaimModel, MailOutboxModel, type MailOutboxDoc } from "./mail-outbox-model";

/** How long a lease protects a message before another worker may take it over (its holder died or hung). */
export const MAIL_LEASE_MS = 2 * 60_000;
/** Leases on one generation before it is given up as failed: each takeover means a worker died sending it. */
export const MAX_MAIL_TAKEOVERS = 5;
/** Sent messages (addresses, personal notes) are kept this long for support, then deleted. */
export const SENT_RETENTION_MS = 7 * 86_400_000;
/** Failed ones a little longer, so an operator can see why. */
export const FAILED_RETENTION_MS = 30 * 86_400_000;

export type OutgoingMail = {
  /** Idempotency key: the same key is enqueued (and sent) once. */
  id: string;
  kind: string;
  to: string;
  /** Display name in From, e.g. "Tess Trainer via Character Coach"; the address stays MAIL_FROM's. */
  fromName?: string | null;
  subject: string;
  text: string;
  html: string;
};

export type StoredMail = MailOutboxDoc & { _id: string; createdAt: Date; updatedAt: Date };

/** Everything about a message that a worker changes after an attempt. */
export type MailState = Pick<StoredMail, "status" | "attempts" | "nextAttemptAt" | "lastError" | "sentAt" | "transport" | "messageId">;

/**
 * Queues a message; true when this call queued it, false when a message with this key already exists
 * (queued, sent or failed before): the primary key makes a repeated enqueue a no-op.
 */
export async function enqueueMail(mail: OutgoingMail, now = new Date()): Promise<boolean> {
  try {
    await MailOutboxModel.create({
      _id: mail.id,
      kind: mail.kind,
      to: mail.to,
      fromName: mail.fromName ?? null,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      status: "pending",
      generation: randomUUID(),
      attempts: 0,
      nextAttemptAt: now,
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export async function readMail(id: string): Promise<StoredMail | null> {
  return (await MailOutboxModel.findById(id).lean()) as StoredMail | null;
}

/** Pending messages whose attempt is due, oldest first. */
export async function dueMail(now: Date, limit: number): Promise<StoredMail[]> {
  return (await MailOutboxModel.find({ status: "pending", nextAttemptAt: { $lte: now } }).sort({ nextAttemptAt: 1 }).limit(limit).lean()) as StoredMail[];
}

/** The lease on one generation of a message: one worker sends it; another only after that lease expired. */
export function claimMailLease(mail: Pick<StoredMail, "_id" | "generation">, at: Date, workerId: string): Promise<ClaimResult> {
  return claimLease(MailOutboxClaimModel, mail, at, workerId, MAIL_LEASE_MS, MAX_MAIL_TAKEOVERS);
}

/**
 * Writes the state after an attempt as a new generation. Only the winner of the generation's
 * transition token writes, so a holder whose lease ran out and the worker that took over never both
 * apply their outcome. False when someone else moved the message on first.
 */
export async function transitionMail(mail: Pick<StoredMail, "_id" | "generation">, next: MailState, workerId: string, at = new Date()): Promise<boolean> {
  if (!(await claimTransition(MailOutboxClaimModel, mail, at, workerId, MAIL_LEASE_MS))) return false;
  const result = await MailOutboxModel.updateOne({ _id: mail._id, generation: mail.generation }, { $set: { ...next, generation: randomUUID() } });
  return result.matchedCount === 1;
}

/**
 * Housekeeping: deletes claim rows of generations the message has left, and sent or failed messages
 * past their retention (they hold addresses and the trainer's note; the invitation itself stays).
 */
export async function purgeMailOutbox(now: Date): Promise<{ claims: number; messages: number }> {
  const claims = await purgeStaleClaimRows(
    MailOutboxClaimModel,
    async (ids) => {
      const mails = await MailOutboxModel.find({ _id: { $in: ids } }).select({ _id: 1, generation: 1 }).lean();
      return new Map(mails.map((mail) => [String(mail._id), mail.generation]));
    },
    now,
  );
  const sent = await MailOutboxModel.deleteMany({ status: "sent", updatedAt: { $lt: new Date(now.getTime() - SENT_RETENTION_MS) } });
  const failed = await MailOutboxModel.deleteMany({ status: "failed", updatedAt: { $lt: new Date(now.getTime() - FAILED_RETENTION_MS) } });
  return { claims, messages: sent.deletedCount + failed.deletedCount };
}
