import "server-only";
import { randomUUID } from "node:crypto";
import { dayKeyOf } from "@/lib/dates/day-key";
import { env } from "@/lib/env";
import { claimLease, claimTransition, purgeStaleClaimRows, type ClaimResult } from "@/server/db/exclusive-claim";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { logger } from "@/server/logging/logger";
import { UserModel } from "@/server/users/user-model";
import { MemberInsightsModel } from "./insight-model";
import { InsightJobClaimModel, InsightJobModel, type InsightJobDoc } from "./insight-jobs-model";
import type { InsightRunResult, RunOptions } from "./insight-run";

/** However many writes keep coming, a member's insights are recomputed this long after the first one. */
export const DEBOUNCE_CAP_MS = 60_000;
/** How long a lease protects a run before another worker may take the generation over (its holder died). */
export const INSIGHT_LEASE_MS = 2 * 60_000;
/** Leases on one generation before it is given up: each takeover means a worker died running it. */
export const MAX_INSIGHT_TAKEOVERS = 3;
/** Waits before the 2nd, 3rd, 4th and 5th attempt; after the 5th failure the job is parked. */
export const INSIGHT_RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000] as const;
export const MAX_INSIGHT_ATTEMPTS = INSIGHT_RETRY_DELAYS_MS.length + 1;
/** A job given up on is looked at again this much later (or on the member's next write). */
export const INSIGHT_PARKED_MS = 6 * 3600_000;
/** Nightly recompute: once a member's local clock has passed this hour, yesterday's insights are stale. */
export const NIGHTLY_LOCAL_HOUR = 3;
const JOBS_PER_TICK = 50;
const PARALLEL_RUNS = 2;
const MAX_DIRTY_DAYS = 400;

export type StoredInsightJob = InsightJobDoc & { _id: string; createdAt?: Date; updatedAt?: Date };
export type InsightsChange = {
  /** Member-local days the write touched (training rollups for them are refreshed). */
  dayKeys?: string[];
  /** What asked for it: "set", "check-in", "refresh", "nightly", … */
  reason: string;
  /** Due now, without the debounce (the member pressed "Refresh my insights"). */
  immediate?: boolean;
};

/** What runs one leased generation; tests pass their own to count runs or to fail one. */
export type InsightRunner = (memberId: string, options: { generation: string; now: Date; dirtyDays: string[] }) => Promise<unknown>;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

const uniqueDays = (dayKeys: string[] | undefined) => [...new Set((dayKeys ?? []).filter((key) => /^\d{4}-\d{2}-\d{2}$/.test(key)))].slice(0, MAX_DIRTY_DAYS);

/** When a job enqueued at `now` is due: debounced, capped, and never before a pending retry's backoff. */
function dueAtFor(existing: StoredInsightJob | null, change: InsightsChange, now: Date, debounceMs: number): { dueAt: Date; firstEnqueuedAt: Date } {
  const fresh = !existing || existing.gaveUpAt != null;
  const firstEnqueuedAt = fresh ? now : new Date(existing.firstEnqueuedAt);
  if (change.immediate) return { dueAt: now, firstEnqueuedAt };
  const debounced = Math.min(now.getTime() + debounceMs, firstEnqueuedAt.getTime() + DEBOUNCE_CAP_MS);
  // A job backing off after a failure keeps its wait: writes do not turn a retry loop into a busy loop.
  const backoff = !fresh && (existing.attempts ?? 0) > 0 ? new Date(existing.dueAt).getTime() : 0;
  return { dueAt: new Date(Math.max(debounced, backoff)), firstEnqueuedAt };
}

/**
 * Asks for the member's insights to be recomputed: one job per member (`_id` = member id), upserted,
 * so the same member is never queued twice, across app instances too. Each call gives the job a new
 * generation (a run going on now will not delete it), adds the written day keys, and pushes `dueAt`
 * to now + INSIGHTS_DEBOUNCE_SECONDS, never past the first pending enqueue + 60 s.
 */
export async function enqueueInsights(memberId: string, change: InsightsChange, now = new Date(), debounceMs = env.INSIGHTS_DEBOUNCE_SECONDS * 1000): Promise<{ generation: string; dueAt: Date }> {
  const dayKeys = uniqueDays(change.dayKeys);
  for (let attempt = 0; attempt < 6; attempt++) {
    const existing = (await InsightJobModel.findById(memberId).lean()) as StoredInsightJob | null;
    const generation = randomUUID();
    const { dueAt, firstEnqueuedAt } = dueAtFor(existing, change, now, debounceMs);
    if (!existing) {
      try {
        await InsightJobModel.create({ _id: memberId, generation, dueAt, firstEnqueuedAt, dirtyDays: dayKeys, reasons: [change.reason], attempts: 0, lastError: null, gaveUpAt: null });
        return { generation, dueAt };
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
    }
    const reset = existing.gaveUpAt != null ? { attempts: 0, gaveUpAt: null } : {};
    const updated = await InsightJobModel.updateOne(
      { _id: memberId, generation: existing.generation },
      {
        $set: { generation, dueAt, firstEnqueuedAt, ...reset },
        $addToSet: { dirtyDays: { $each: dayKeys }, reasons: change.reason },
      },
    );
    if (updated.matchedCount !== 1) continue;
    // FerretDB applies an update as read-then-write: check that a run's delete or another enqueue did
    // not swallow this one (the job must exist and hold these days).
    const after = (await InsightJobModel.findById(memberId).select({ generation: 1, dirtyDays: 1 }).lean()) as Pick<StoredInsightJob, "generation" | "dirtyDays"> | null;
    if (after && (after.generation === generation || dayKeys.every((key) => after.dirtyDays?.includes(key)))) return { generation: after.generation, dueAt };
  }
  throw new Error("the insights job kept changing while it was being queued");
}

/**
 * For write services: queues a recompute after a write succeeded. Never throws: a write must not fail
 * because its insights could not be queued (the nightly pass catches up); the failure is logged.
 */
export async function insightsAfterWrite(memberId: string, change: InsightsChange): Promise<void> {
  try {
    await enqueueInsights(memberId, change);
  } catch (error) {
    logger.warn({ job: "insights", memberId, reason: change.reason, err: { message: errorText(error) } }, "could not queue an insights recompute");
  }
}

export async function readInsightJob(memberId: string): Promise<StoredInsightJob | null> {
  return (await InsightJobModel.findById(memberId).lean()) as StoredInsightJob | null;
}

/** Whether a recompute is queued or running for the member (a parked, given-up job is not). */
export async function insightsPending(memberId: string): Promise<boolean> {
  const job = await InsightJobModel.findById(memberId).select({ gaveUpAt: 1 }).lean();
  return Boolean(job && job.gaveUpAt == null);
}

export function claimInsightLease(job: Pick<StoredInsightJob, "_id" | "generation">, at: Date, workerId: string): Promise<ClaimResult> {
  return claimLease(InsightJobClaimModel, job, at, workerId, INSIGHT_LEASE_MS, MAX_INSIGHT_TAKEOVERS);
}

/** Deletes the job if it is still at `generation` (a write during the run leaves it queued). True when deleted. */
async function completeJob(job: Pick<StoredInsightJob, "_id" | "generation">, workerId: string, at: Date): Promise<boolean> {
  if (!(await claimTransition(InsightJobClaimModel, job, at, workerId, INSIGHT_LEASE_MS))) return false;
  const deleted = await InsightJobModel.deleteOne({ _id: job._id, generation: job.generation });
  return deleted.deletedCount === 1;
}

/** After a failure: a new generation that is due after the backoff, or parked after the last attempt. */
async function failJob(job: StoredInsightJob, error: string, workerId: string, at: Date): Promise<"retried" | "gave_up" | "moved_on"> {
  const attempts = (job.attempts ?? 0) + 1;
  const gaveUp = attempts >= MAX_INSIGHT_ATTEMPTS;
  const next = gaveUp
    ? { attempts: 0, gaveUpAt: at, dueAt: new Date(at.getTime() + INSIGHT_PARKED_MS), firstEnqueuedAt: at }
    : { attempts, gaveUpAt: null, dueAt: new Date(at.getTime() + INSIGHT_RETRY_DELAYS_MS[attempts - 1]) };
  if (!(await claimTransition(InsightJobClaimModel, job, at, workerId, INSIGHT_LEASE_MS))) return "moved_on";
  const updated = await InsightJobModel.updateOne({ _id: job._id, generation: job.generation }, { $set: { ...next, lastError: error, generation: randomUUID() } });
  if (updated.matchedCount !== 1) return "moved_on";
  return gaveUp ? "gave_up" : "retried";
}

export type InsightsTickResult = {
  due: number;
  claimed: number;
  ran: number;
  /** Runs whose job got a new write meanwhile: left queued for another run. */
  requeued: number;
  retried: number;
  gaveUp: number;
};

export type InsightsTickOptions = {
  /** Names this worker in its leases (host, pid and a random part in the app). */
  workerId: string;
  /** What is due is decided at this instant; defaults to the clock. */
  now?: Date;
  /** The wall clock for leases and outcomes; defaults to the real clock (shifted to start at `now`). */
  clock?: () => Date;
  limit?: number;
  /** Replaces the real run (tests count runs or make one fail). */
  runner?: InsightRunner;
};

/**
 * Recomputes one member's insights now (server/insights/insight-run.ts), loaded on first use so the
 * queue (and the write services that enqueue) do not pull in the engine until a run happens.
 */
export async function runInsightsFor(memberId: string, options: RunOptions): Promise<InsightRunResult> {
  const run = await import("./insight-run");
  return run.runInsightsFor(memberId, options);
}

const realRunner: InsightRunner = (memberId, options) => runInsightsFor(memberId, options);

/**
 * One pass of the insights queue: every due job is leased (one worker per generation, across app
 * instances; another only after the lease ran out), run, and then deleted if no write changed its
 * generation meanwhile. A failed run is retried with backoff and parked after MAX_INSIGHT_ATTEMPTS.
 */
export async function runInsightsTick(options: InsightsTickOptions): Promise<InsightsTickResult> {
  const clock = options.clock ?? (options.now ? clockFrom(options.now) : () => new Date());
  const startedAt = clock().getTime();
  const now = options.now ?? new Date(startedAt);
  const runner = options.runner ?? realRunner;
  const result: InsightsTickResult = { due: 0, claimed: 0, ran: 0, requeued: 0, retried: 0, gaveUp: 0 };
  const due = (await InsightJobModel.find({ dueAt: { $lte: now } })
    .sort({ dueAt: 1 })
    .limit(options.limit ?? JOBS_PER_TICK)
    .lean()) as StoredInsightJob[];
  result.due = due.length;
  const queue = [...due];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      // Half a lease into the tick: the rest is the next tick's, so no lease is taken late.
      if (clock().getTime() - startedAt > INSIGHT_LEASE_MS / 2) {
        queue.length = 0;
        return;
      }
      const log = { job: "insights", memberId: job._id, generation: job.generation };
      try {
        const lease = await claimInsightLease(job, clock(), options.workerId);
        if (lease.kind === "busy") continue;
        if (lease.kind === "exhausted") {
          logger.error(log, `insights run was taken over ${MAX_INSIGHT_TAKEOVERS} times; parked`);
          if ((await failJob({ ...job, attempts: MAX_INSIGHT_ATTEMPTS }, "abandoned after lease takeovers", options.workerId, clock())) === "gave_up") result.gaveUp++;
          continue;
        }
        // Re-read after the lease: a job that moved on since the query is another generation's now.
        const current = await readInsightJob(job._id);
        if (!current || current.generation !== job.generation) continue;
        result.claimed++;
        try {
          await runner(current._id, { generation: current.generation, now: clock(), dirtyDays: current.dirtyDays ?? [] });
        } catch (error) {
          // Not (or no longer) an onboarded member: retrying cannot help, the job goes.
          if (error instanceof AppError && error.code === "NOT_FOUND") {
            await InsightJobModel.deleteOne({ _id: current._id, generation: current.generation });
            logger.warn({ ...log, err: { message: errorText(error) } }, "insights job dropped: no such member");
            continue;
          }
          const outcome = await failJob(current, errorText(error), options.workerId, clock());
          if (outcome === "gave_up") {
            result.gaveUp++;
            logger.error({ ...log, attempts: MAX_INSIGHT_ATTEMPTS, err: { message: errorText(error) } }, "insights run failed; given up until the next write or night");
          } else {
            if (outcome === "retried") result.retried++;
            logger.warn({ ...log, attempts: (current.attempts ?? 0) + 1, err: { message: errorText(error) } }, "insights run failed; will retry");
          }
          continue;
        }
        result.ran++;
        if (!(await completeJob(current, options.workerId, clock()))) result.requeued++;
      } catch (error) {
        // A database error: whatever lease was taken runs out and a later tick tries again.
        logger.warn({ ...log, err: { message: errorText(error) } }, "insights job failed");
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_RUNS, queue.length) }, worker));
  return result;
}

const localHour = (instant: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(instant));

/**
 * The nightly pass: every onboarded member whose local clock has passed 03:00 and whose stored insights
 * are not yet from that local day gets a job (members already queued are left as they are). Run often
 * (every few minutes), it reaches each member soon after their own 03:00, once a day.
 */
export async function runNightlyInsightsTick(now = new Date()): Promise<{ checked: number; enqueued: number }> {
  const members = await UserModel.find({ role: "member", onboardedAt: { $ne: null } }).select({ _id: 1, "profile.timeZone": 1 }).lean();
  let enqueued = 0;
  const batchSize = 500;
  for (let start = 0; start < members.length; start += batchSize) {
    const batch = members.slice(start, start + batchSize).map((member) => ({ id: String(member._id), timeZone: member.profile?.timeZone ?? "UTC" }));
    const ids = batch.map((member) => member.id);
    const [stored, jobs] = await Promise.all([
      MemberInsightsModel.find({ _id: { $in: ids } }).select({ _id: 1, dayKey: 1 }).lean(),
      InsightJobModel.find({ _id: { $in: ids } }).select({ _id: 1 }).lean(),
    ]);
    const dayOf = new Map(stored.map((doc) => [String(doc._id), doc.dayKey]));
    const queued = new Set(jobs.map((job) => String(job._id)));
    for (const member of batch) {
      if (queued.has(member.id)) continue;
      try {
        if (localHour(now, member.timeZone) < NIGHTLY_LOCAL_HOUR) continue;
        if (dayOf.get(member.id) === dayKeyOf(now, member.timeZone)) continue;
        await enqueueInsights(member.id, { reason: "nightly" }, now);
        enqueued++;
      } catch (error) {
        logger.warn({ job: "insights-nightly", memberId: member.id, err: { message: errorText(error) } }, "could not queue a member's nightly insights");
      }
    }
  }
  return { checked: members.length, enqueued };
}

/** Housekeeping: claim rows of generations their job has left (or of jobs that are done). */
export function purgeInsightClaims(now: Date): Promise<number> {
  return purgeStaleClaimRows(
    InsightJobClaimModel,
    async (ids) => {
      const jobs = await InsightJobModel.find({ _id: { $in: ids } }).select({ _id: 1, generation: 1 }).lean();
      return new Map(jobs.map((job) => [String(job._id), job.generation]));
    },
    now,
  );
}
