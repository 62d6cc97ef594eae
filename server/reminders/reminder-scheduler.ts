import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { completionOf, dayKeysFrom, dayStatusOf } from "@/lib/habits/habit-schedule";
import { isWithinQuietHours, reminderInstant } from "@/lib/habits/reminder-times";
import { HabitModel, type HabitDoc } from "@/server/habits/habit-model";
import { checkInsOf, toDomain } from "@/server/habits/habit-service";
import { logger } from "@/server/logging/logger";
import { sendPush, type PushOutcome } from "@/server/push/push-sender";
import { deleteSubscription, recordDelivery, recordFailure, subscriptionsOf } from "@/server/push/push-service";
import type { StoredPushSubscription } from "@/server/push/push-subscription-model";
import { syncHabitReminders } from "./habit-reminder-sync";
import { ReminderJobModel } from "./reminder-job-model";
import { claimJobLease, habitJobId, LEASE_MS, MAX_TAKEOVERS, readJob, transitionJob, type JobState, type StoredJob } from "./reminder-job-store";
import { habitReminderPayload } from "./reminder-payload";
import { planHabitReminder } from "./reminder-plan";
import { memberReminderContext, type ReminderContext } from "./reminder-settings";

/** Waits before the 2nd, 3rd, 4th and 5th attempt at one occurrence; after the 5th it is given up. */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 8 * 60_000, 32 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A push service's Retry-After is honoured up to this much. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;
const JOBS_PER_TICK = 200;
const PARALLEL_JOBS = 4;
/** Pushes in flight per job (a member has at most MAX_SUBSCRIPTIONS_PER_USER devices). */
const SENDS_PER_JOB = 3;
/**
 * A push is started only while this much of the lease is left. One push takes at most the DNS timeout
 * plus the 10 s fetch timeout, so every push started ends while the lease still protects the job and
 * no other worker can have taken it over and sent the same reminder.
 */
export const SEND_MARGIN_MS = 30_000;
/** A job that can be neither handled nor re-planned (a corrupt habit) is looked at again this much later. */
const PARKED_MS = 6 * 3600_000;

export type TickResult = {
  due: number;
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  removed: number;
  /** Jobs (or some of their devices) left for the next tick because the lease was running out. */
  deferred: number;
  /** Jobs whose handling threw; they were backed off (or forced on) instead of left as they were. */
  failed: number;
};
export type TickOptions = {
  /** What is due, and the day a reminder is about, is decided at this instant; defaults to the clock. */
  now?: Date;
  /**
   * The wall clock, read at each lease claim, transition and before each push. Defaults to the real
   * clock (shifted to start at `now` when a test passes one). Tests pass a clock that jumps to act out
   * a slow tick.
   */
  clock?: () => Date;
  /** Names this worker in its leases (host, pid and a random part in the app). */
  workerId: string;
  limit?: number;
  /** Passed to the sender; defaults to PUSH_ALLOW_LOCAL_ENDPOINTS. */
  allowLocal?: boolean;
};

type StoredHabit = HabitDoc & { _id: Types.ObjectId };
/** What one tick shares with the jobs it handles. */
type Run = { now: Date; clock: () => Date; options: TickOptions; result: TickResult };
type Leased = Run & { leaseUntil: Date };

const leaseLeft = (run: Leased) => run.leaseUntil.getTime() - run.clock().getTime();
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** The real clock, shifted so that it reads `start` now and runs on from there. */
function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

const stateOf = (job: StoredJob): JobState => ({
  occursAt: job.occursAt,
  dueAt: job.dueAt,
  dayKey: job.dayKey ?? null,
  time: job.time ?? null,
  attempt: job.attempt ?? 0,
  delivered: job.delivered ?? [],
  lastError: job.lastError ?? null,
});

/** The job's habit and member, or null when the job has nothing left to remind about. */
async function loadTarget(job: StoredJob): Promise<{ habit: StoredHabit; context: ReminderContext } | null> {
  const habit = (await HabitModel.findById(job.habitId).lean()) as StoredHabit | null;
  const context = habit ? await memberReminderContext(String(habit.userId)) : null;
  if (!habit || habit.archivedAt || !context || String(habit.userId) !== String(job.userId)) return null;
  return { habit, context };
}

/**
 * Why this occurrence is not sent, or null to send it. A job found late (after a restart) is still sent
 * while its day is the member's current local day; a reminder is never sent for a day that is already
 * done, skipped, paused or not scheduled, nor (regular reminders) inside quiet hours.
 */
async function reasonNotToSend(job: StoredJob, dayKey: string | null, habit: StoredHabit, context: ReminderContext, now: Date): Promise<string | null> {
  if (!dayKey) return "re-plan";
  const todayKey = dayKeyOf(now, context.timeZone);
  if (dayKey !== todayKey) return "day over";
  if (job.kind === "habit" && isWithinQuietHours(now, context.timeZone, context.quietHours)) return "quiet hours";
  if (job.kind === "habit" && job.time && !(habit.reminders ?? []).includes(job.time)) return "time removed";
  const domain = toDomain(habit);
  const schedule = domain.schedule;
  const windowStart = schedule.kind === "per_period" ? addDaysToKey(dayKey, 1 - schedule.periodDays) : dayKey;
  const checkIns = await checkInsOf(habit._id, windowStart);
  const status = dayStatusOf(domain, checkIns, dayKey, todayKey);
  if (status !== "open" && status !== "partial") return status;
  if (schedule.kind === "per_period") {
    const done = dayKeysFrom(windowStart, dayKey).reduce((sum, key) => sum + completionOf(domain, checkIns.get(key)), 0);
    if (done >= schedule.times) return "period target met";
  }
  return null;
}

/** Seconds until the end of the member's day: a reminder delivered after its day is noise. */
function ttlFor(dayKey: string, timeZone: string, now: Date): number {
  const endOfDay = reminderInstant(addDaysToKey(dayKey, 1), "00:00", timeZone).getTime();
  return Math.min(24 * 3600, Math.max(60, Math.floor((endOfDay - now.getTime()) / 1000)));
}

/**
 * The state after this occurrence: the habit's next reminder, or nothing for a one-shot snooze. Planned
 * from the later of the occurrence and now, so a job found late does not replay the reminders missed
 * while no instance ran (the late one stands for them); a job made due early (see `occurrenceDay`)
 * plans from now, so its own occurrence still comes.
 */
function afterOccurrence(job: StoredJob, habit: StoredHabit, context: ReminderContext, now: Date): JobState | null {
  if (job.kind === "snooze") return null;
  const early = job.occursAt.getTime() > now.getTime();
  return planHabitReminder(habit, context, early ? now : new Date(Math.max(job.occursAt.getTime(), now.getTime())));
}

/**
 * The member-local day this run reminds about. Normally the job's day; a job whose `dueAt` was moved
 * before its own day (only an operator or a test does that: "send this habit's reminder now") reminds
 * about today instead.
 */
function occurrenceDay(job: StoredJob, context: ReminderContext, now: Date): string | null {
  if (!job.dayKey) return null;
  const todayKey = dayKeyOf(now, context.timeZone);
  return job.dayKey > todayKey ? todayKey : job.dayKey;
}

/**
 * Where a job goes when it is given up on: the habit's next occurrence (nothing for a snooze or a
 * habit that is gone); when even planning that fails, a "re-plan" job much later, so the job neither
 * disappears nor keeps the head of the due queue.
 */
async function giveUpState(job: StoredJob, now: Date, lastError: string): Promise<JobState | null> {
  try {
    const target = await loadTarget(job);
    const next = target ? afterOccurrence(job, target.habit, target.context, now) : null;
    return next && { ...next, lastError };
  } catch (error) {
    const at = new Date(now.getTime() + PARKED_MS);
    return { occursAt: at, dueAt: at, dayKey: null, time: null, attempt: 0, delivered: [], lastError: `${lastError}; re-plan: ${errorText(error)}`.slice(0, 500) };
  }
}

/** Sends, or "again" with the state to retry from: a retry with backoff, or devices left for the next tick. */
async function deliver(job: StoredJob, dayKey: string, habit: StoredHabit, context: ReminderContext, run: Leased): Promise<{ again: JobState } | { errors: string[] }> {
  const { now, result } = run;
  const delivered = new Set(job.delivered ?? []);
  const queue = (await subscriptionsOf(job.userId)).filter((subscription) => !delivered.has(subscription._id));
  const habitId = String(habit._id);
  const payload = habitReminderPayload({ jobId: job._id, userId: String(job.userId), habitId, dayKey }, habit);
  const sendOptions = { ttlSeconds: ttlFor(dayKey, context.timeZone, now), topic: `h${habitId}`, allowLocal: run.options.allowLocal };
  const outcomes: (readonly [StoredPushSubscription, PushOutcome])[] = [];
  let deferred = 0;
  const sender = async () => {
    for (let subscription = queue.shift(); subscription; subscription = queue.shift()) {
      // Too little lease left for a push to finish inside it: the next tick sends it.
      if (leaseLeft(run) < SEND_MARGIN_MS) deferred++;
      else outcomes.push([subscription, await sendPush(subscription, payload, sendOptions)] as const);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SENDS_PER_JOB, queue.length) }, sender));

  const retryable: Extract<PushOutcome, { kind: "retry" }>[] = [];
  const errors: string[] = [];
  for (const [subscription, outcome] of outcomes) {
    const log = { job: "reminders", jobId: job._id, subscriptionId: subscription._id, outcome: outcome.kind, status: outcome.status };
    if (outcome.kind === "ok") {
      delivered.add(subscription._id);
      result.sent++;
      await recordDelivery(subscription._id, run.clock());
    } else if (outcome.kind === "gone") {
      await deleteSubscription(subscription._id);
      logger.info(log, "push subscription expired; deleted");
    } else {
      await recordFailure(subscription._id);
      errors.push(outcome.error);
      if (outcome.kind === "retry") retryable.push(outcome);
      else logger.warn({ ...log, error: outcome.error }, "push refused; not retried");
    }
  }
  const attempt = job.attempt ?? 0;
  const lastError = errors.length > 0 ? errors.join("; ").slice(0, 500) : null;
  if (retryable.length > 0 && attempt + 1 < MAX_ATTEMPTS) {
    const retryAfter = Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ...retryable.map((outcome) => outcome.retryAfterMs ?? 0)));
    const delay = Math.max(RETRY_DELAYS_MS[attempt], retryAfter);
    result.retried++;
    logger.info({ job: "reminders", jobId: job._id, attempt: attempt + 1, delayMs: delay }, "push failed; will retry");
    return { again: { ...stateOf(job), dayKey, dueAt: new Date(now.getTime() + delay), attempt: attempt + 1, delivered: [...delivered], lastError } };
  }
  if (deferred > 0) {
    // Same occurrence and attempt, still due: whoever polls next sends to the devices left.
    result.deferred++;
    logger.warn({ job: "reminders", jobId: job._id, devicesLeft: deferred }, "lease running out; the remaining devices are left for the next tick");
    return { again: { ...stateOf(job), delivered: [...delivered], lastError: lastError ?? job.lastError ?? null } };
  }
  if (retryable.length > 0) logger.warn({ job: "reminders", jobId: job._id, attempts: attempt + 1 }, "push failed; giving up on this reminder");
  return { errors };
}

/** One job this worker holds the lease on: send (or not), then move it on (or delete it). */
async function handleJob(job: StoredJob, run: Leased): Promise<void> {
  const { now, result, options } = run;
  const target = await loadTarget(job);
  if (!target) {
    if (await transitionJob(job, null, options.workerId, run.clock())) result.removed++;
    return;
  }
  const dayKey = occurrenceDay(job, target.context, now);
  const reason = await reasonNotToSend(job, dayKey, target.habit, target.context, now);
  let next: JobState | null;
  if (reason) {
    result.skipped++;
    next = afterOccurrence(job, target.habit, target.context, now);
    logger.debug({ job: "reminders", jobId: job._id, reason }, "reminder not sent");
  } else if (leaseLeft(run) < SEND_MARGIN_MS) {
    // The tick got here late (slow database, slow pushes before): a new generation, still due, that
    // the next tick leases afresh.
    result.deferred++;
    next = stateOf(job);
  } else {
    const sent = await deliver(job, dayKey!, target.habit, target.context, run);
    if ("again" in sent) next = sent.again;
    else {
      // Re-read: a reminder time added (or the habit archived) while the pushes were out must count.
      const fresh = await loadTarget(job);
      next = fresh ? afterOccurrence(job, fresh.habit, fresh.context, now) : null;
      if (next && sent.errors.length > 0) next = { ...next, lastError: sent.errors.join("; ").slice(0, 500) };
    }
  }
  const moved = await transitionJob(job, next, options.workerId, run.clock());
  if (moved && next === null) result.removed++;
}

/**
 * handleJob threw (a corrupt habit, a database error): back the occurrence off like a failed push
 * (attempt + 1, due after the retry delay, the error kept) and after MAX_ATTEMPTS give it up, so a
 * job that keeps failing neither stays at the head of the due queue nor waits for lease takeovers.
 */
async function backOff(job: StoredJob, failure: unknown, run: Run): Promise<void> {
  const attempt = job.attempt ?? 0;
  const lastError = `failed: ${errorText(failure)}`.slice(0, 500);
  const next =
    attempt + 1 < MAX_ATTEMPTS
      ? { ...stateOf(job), attempt: attempt + 1, dueAt: new Date(run.now.getTime() + RETRY_DELAYS_MS[attempt]), lastError }
      : await giveUpState(job, run.now, lastError);
  if (attempt + 1 >= MAX_ATTEMPTS) logger.error({ job: "reminders", jobId: job._id, attempts: attempt + 1, error: lastError }, "reminder job keeps failing; gave up on this occurrence");
  await transitionJob(job, next, run.options.workerId, run.clock());
}

/**
 * A generation leased MAX_TAKEOVERS times was never finished (each holder died or hung on it): log it
 * and force the job on past this occurrence through the transition token (exactly one worker does).
 */
async function forceOn(job: StoredJob, run: Run): Promise<void> {
  const lastError = `abandoned after ${MAX_TAKEOVERS} lease takeovers`;
  logger.error({ job: "reminders", jobId: job._id, generation: job.generation }, "reminder job was taken over too often; skipping this occurrence");
  if (await transitionJob(job, await giveUpState(job, run.now, lastError), run.options.workerId, run.clock())) run.result.failed++;
}

/**
 * One pass of the scheduler: every due job is leased (at most one worker per live lease, across app
 * instances), handled and moved on. Leases are timed by `clock` at the moment of each claim; once the
 * tick has run for half a lease it claims nothing more (the rest is the next tick's). Tests pass `now`
 * (and `clock`) to control what is due and how long the tick seems to take.
 */
export async function runReminderTick(options: TickOptions): Promise<TickResult> {
  const clock = options.clock ?? (options.now ? clockFrom(options.now) : () => new Date());
  const startedAt = clock().getTime();
  const now = options.now ?? new Date(startedAt);
  const run: Run = { now, clock, options, result: { due: 0, claimed: 0, sent: 0, skipped: 0, retried: 0, removed: 0, deferred: 0, failed: 0 } };
  const { result } = run;
  const due = (await ReminderJobModel.find({ dueAt: { $lte: now } }).sort({ dueAt: 1 }).limit(options.limit ?? JOBS_PER_TICK).lean()) as StoredJob[];
  result.due = due.length;
  const queue = [...due];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (clock().getTime() - startedAt > LEASE_MS / 2) {
        queue.length = 0;
        return;
      }
      let current: StoredJob | null = null;
      try {
        const lease = await claimJobLease(job, clock(), options.workerId);
        if (lease.kind === "busy") continue;
        if (lease.kind === "exhausted") {
          await forceOn(job, run);
          continue;
        }
        // Re-read after the lease: a job that moved on since the query is someone else's business now.
        current = await readJob(job._id);
        if (!current || current.generation !== job.generation) continue;
        result.claimed++;
        await handleJob(current, { ...run, leaseUntil: lease.leaseUntil });
      } catch (error) {
        logger.warn({ job: "reminders", jobId: job._id, err: { message: errorText(error) } }, "reminder job failed");
        if (!current) continue; // the claim or the read failed: nothing held, the next tick tries again
        result.failed++;
        try {
          await backOff(current, error, run);
        } catch (inner) {
          // The database is away: the lease runs out and a later tick tries again (and counts it).
          logger.warn({ job: "reminders", jobId: job._id, err: { message: errorText(inner) } }, "could not back the reminder job off");
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_JOBS, queue.length) }, worker));
  return result;
}

/**
 * Creates missing jobs for habits that have reminder times (a sync that failed, habits written by
 * other code paths or before this feature): a safety net run at start-up and every few minutes.
 */
export async function reconcileReminderJobs(): Promise<number> {
  const habits = await HabitModel.find({ archivedAt: null }).select({ _id: 1, reminders: 1 }).lean();
  const withReminders = habits.filter((habit) => (habit.reminders ?? []).length > 0).map((habit) => String(habit._id));
  if (withReminders.length === 0) return 0;
  const existing = new Set((await ReminderJobModel.find({ _id: { $in: withReminders.map(habitJobId) } }).select({ _id: 1 }).lean()).map((job) => String(job._id)));
  const missing = withReminders.filter((id) => !existing.has(habitJobId(id)));
  for (const habitId of missing) await syncHabitReminders(habitId);
  return missing.length;
}

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
