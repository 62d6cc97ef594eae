import "server-only";
import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { ReminderJobClaimModel, ReminderJobModel, type ReminderJobDoc } from "./reminder-job-model";

/** How long a lease (or an unfinished transition) protects a job before another worker may take over. */
export const LEASE_MS = 2 * 60_000;
/** Takeovers tried per generation before giving up for this tick (each needs the previous lease expired). */
const MAX_TAKEOVERS = 50;

export type StoredJob = ReminderJobDoc & { _id: string };

/** Everything about a job that changes from one generation to the next. */
export type JobState = {
  occursAt: Date;
  dueAt: Date;
  dayKey: string | null;
  time: string | null;
  attempt: number;
  delivered: string[];
  lastError: string | null;
};

export const habitJobId = (habitId: string) => `habit:${habitId}`;
export const snoozeJobId = (habitId: string, dayKey: string) => `snooze:${habitId}:${dayKey}`;

export async function readJob(jobId: string): Promise<StoredJob | null> {
  return (await ReminderJobModel.findById(jobId).lean()) as StoredJob | null;
}

/** Inserts a new job; false when a job with this id already exists (someone else created it first). */
export async function createJob(
  identity: { _id: string; kind: "habit" | "snooze"; userId: string | Types.ObjectId; habitId: string | Types.ObjectId },
  state: JobState,
): Promise<boolean> {
  try {
    await ReminderJobModel.create({
      ...identity,
      userId: new Types.ObjectId(String(identity.userId)),
      habitId: new Types.ObjectId(String(identity.habitId)),
      ...state,
      generation: randomUUID(),
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Inserts `<prefix><k>` for the smallest k whose predecessor's lease has expired. True when this
 * caller inserted a row (it holds the lease now); false while someone else's lease is still running.
 */
async function insertExclusive(prefix: string, row: { jobId: string; generation: string; kind: "lease" | "transition"; workerId: string }, now: Date): Promise<boolean> {
  for (let k = 0; k < MAX_TAKEOVERS; k++) {
    const _id = `${prefix}${k}`;
    try {
      await ReminderJobClaimModel.create({ _id, ...row, at: now, leaseUntil: new Date(now.getTime() + LEASE_MS) });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const holder = await ReminderJobClaimModel.findById(_id).lean();
    // Missing: purged since (its generation is gone, the caller re-checks); running: someone else has it.
    if (!holder || (holder.leaseUntil && holder.leaseUntil.getTime() > now.getTime())) return false;
  }
  return false;
}

/**
 * The lease on one occurrence (one generation) of a job: exactly one worker gets it; a later worker
 * gets it only after the holder's lease ran out (it died or hung), and then again exactly one.
 */
export function claimJobLease(job: Pick<StoredJob, "_id" | "generation">, now: Date, workerId: string): Promise<boolean> {
  return insertExclusive(`${job._id}#${job.generation}~`, { jobId: job._id, generation: job.generation, kind: "lease", workerId }, now);
}

/**
 * Replaces (or with `next` null deletes) the generation of the job that was read. Only the caller that
 * wins the generation's transition token writes, so a worker moving a job on and a habit edit
 * re-planning it never both apply; the loser re-reads. False when someone else moved the job first.
 */
export async function transitionJob(job: Pick<StoredJob, "_id" | "generation">, next: JobState | null, workerId: string, now = new Date()): Promise<boolean> {
  const won = await insertExclusive(`${job._id}#${job.generation}>`, { jobId: job._id, generation: job.generation, kind: "transition", workerId }, now);
  if (!won) return false;
  if (next === null) {
    const result = await ReminderJobModel.deleteOne({ _id: job._id, generation: job.generation });
    return result.deletedCount === 1;
  }
  const result = await ReminderJobModel.updateOne({ _id: job._id, generation: job.generation }, { $set: { ...next, generation: randomUUID() } });
  return result.matchedCount === 1;
}

/**
 * Deletes lease and transition rows older than `olderThanMs` whose job has moved to another generation
 * or is gone. Rows of a job's current generation stay: they are what stops a second worker. Claims are
 * read before their jobs, so a job read here is never older than the claims compared with it.
 */
export async function purgeStaleClaims(now: Date, olderThanMs = 60 * 60_000): Promise<number> {
  const claims = await ReminderJobClaimModel.find({ at: { $lt: new Date(now.getTime() - olderThanMs) } })
    .select({ _id: 1, jobId: 1, generation: 1 })
    .limit(5_000)
    .lean();
  if (claims.length === 0) return 0;
  const jobIds = [...new Set(claims.map((claim) => claim.jobId))];
  const jobs = await ReminderJobModel.find({ _id: { $in: jobIds } }).select({ _id: 1, generation: 1 }).lean();
  const current = new Map(jobs.map((job) => [String(job._id), job.generation]));
  const stale = claims.filter((claim) => current.get(claim.jobId) !== claim.generation).map((claim) => claim._id);
  if (stale.length === 0) return 0;
  const result = await ReminderJobClaimModel.deleteMany({ _id: { $in: stale } });
  return result.deletedCount;
}
