import "server-only";
import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { ReminderJobClaimModel, ReminderJobModel, type ReminderJobDoc } from "./reminder-job-model";
import { claimLease, claimTransition, purgeStaleClaimRows, type ClaimResult } from "@/server/db/exclusive-claim";

/** How long a lease (or an unfinished transition) protects a job before another worker may take over. */
export const LEASE_MS = 2 * 60_000;
/**
 * Leases per generation before the scheduler stops taking it over and forces the job on (it logs an
 * error): each takeover means a worker died or hung on this occurrence, so it is not tried forever.
 */
export const MAX_TAKEOVERS = 10;


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

/** held: this caller inserted the row, protected until `leaseUntil`; busy: someone else's row is running. */
export type { ClaimResult };

/**
 * The lease on one occurrence (one generation) of a job: exactly one worker gets it; a later worker
 * gets it only after the holder's lease ran out (it died or hung), and then again exactly one. `at` is
 * the wall clock at the moment of the claim: the lease protects LEASE_MS from then.
 */
export function claimJobLease(job: Pick<StoredJob, "_id" | "generation">, at: Date, workerId: string): Promise<ClaimResult> {
  return claimLease(ReminderJobClaimModel, job, at, workerId, LEASE_MS, MAX_TAKEOVERS);
}

/**
 * Replaces (or with `next` null deletes) the generation of the job that was read. Only the caller that
 * wins the generation's transition token writes, so a worker moving a job on and a habit edit
 * re-planning it never both apply; the loser re-reads. False when someone else moved the job first.
 */
export async function transitionJob(job: Pick<StoredJob, "_id" | "generation">, next: JobState | null, workerId: string, at = new Date()): Promise<boolean> {
  if (!(await claimTransition(ReminderJobClaimModel, job, at, workerId, LEASE_MS))) return false;
  if (next === null) {
    const result = await ReminderJobModel.deleteOne({ _id: job._id, generation: job.generation });
    return result.deletedCount === 1;
  }
  const result = await ReminderJobModel.updateOne({ _id: job._id, generation: job.generation }, { $set: { ...next, generation: randomUUID() } });
  return result.matchedCount === 1;
}

const TRANSITION_TRIES = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (read the job, then create or transition it) until it reports success, serialised per
 * job inside the process. A false means a worker is moving the job on right now: wait for its write,
 * then read again. False when it never succeeded (the caller decides whether that is an error).
 */
export function withTransitionRetry(jobId: string, attempt: () => Promise<boolean>): Promise<boolean> {
  return oneAtATime(`reminder-job:${jobId}`, async () => {
    for (let tries = 0; tries < TRANSITION_TRIES; tries++) {
      if (await attempt()) return true;
      await sleep(25 * (tries + 1));
    }
    return false;
  });
}

/**
 * Deletes lease and transition rows older than `olderThanMs` whose job has moved to another generation
 * or is gone. Rows of a job's current generation stay: they are what stops a second worker. Claims are
 * read before their jobs, so a job read here is never older than the claims compared with it.
 */
export function purgeStaleClaims(now: Date, olderThanMs = 60 * 60_000): Promise<number> {
  return purgeStaleClaimRows(ReminderJobClaimModel, currentGenerations, now, olderThanMs);
}

async function currentGenerations(jobIds: string[]): Promise<Map<string, string>> {
  const jobs = await ReminderJobModel.find({ _id: { $in: jobIds } }).select({ _id: 1, generation: 1 }).lean();
  return new Map(jobs.map((job) => [String(job._id), job.generation]));
}
