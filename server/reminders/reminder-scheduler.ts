import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { completionOf, dayKeysFrom, dayStatusOf, type CheckIns, type Habit, type HabitSchedule } from "@/lib/habits/habit-schedule";
import { isWithinQuietHours, reminderInstant } from "@/lib/habits/reminder-times";
import { HabitCheckInModel, HabitModel, type HabitDoc } from "@/server/habits/habit-model";
import { logger } from "@/server/logging/logger";
import { sendPush, type PushOutcome } from "@/server/push/push-sender";
import { deleteSubscription, recordDelivery, recordFailure, subscriptionsOf } from "@/server/push/push-service";
import { syncHabitReminders } from "./habit-reminder-sync";
import { ReminderJobModel } from "./reminder-job-model";
import { claimJobLease, readJob, transitionJob, type JobState, type StoredJob } from "./reminder-job-store";
import { habitReminderPayload } from "./reminder-payload";
import { habitWindow, planHabitReminder } from "./reminder-plan";
import { memberReminderContext, type ReminderContext } from "./reminder-settings";

/** Waits before the 2nd, 3rd, 4th and 5th attempt at one occurrence; after the 5th it is given up. */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 8 * 60_000, 32 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A push service's Retry-After is honoured up to this much. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;
const JOBS_PER_TICK = 200;
const PARALLEL_JOBS = 4;

export type TickResult = { due: number; claimed: number; sent: number; skipped: number; retried: number; removed: number };
export type TickOptions = {
  /** The clock (tests pass one); defaults to now. */
  now?: Date;
  /** Names this worker in its leases (host, pid and a random part in the app). */
  workerId: string;
  limit?: number;
  /** Passed to the sender; defaults to PUSH_ALLOW_LOCAL_ENDPOINTS. */
  allowLocal?: boolean;
};

type StoredHabit = HabitDoc & { _id: Types.ObjectId };

const toDomain = (habit: StoredHabit): Habit => ({ type: habit.type, target: habit.target, schedule: habit.schedule as HabitSchedule, window: habitWindow(habit) });

async function checkInsOf(habitId: Types.ObjectId, fromKey: string): Promise<CheckIns> {
  const rows = await HabitCheckInModel.find({ habitId, dayKey: { $gte: fromKey } }).lean();
  return new Map(rows.map((row) => [row.dayKey, { value: row.value ?? 0, skipped: Boolean(row.skipped) }]));
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

async function deliver(job: StoredJob, dayKey: string, habit: StoredHabit, context: ReminderContext, now: Date, options: TickOptions, result: TickResult): Promise<JobState | null> {
  const delivered = new Set(job.delivered ?? []);
  const targets = (await subscriptionsOf(job.userId)).filter((subscription) => !delivered.has(subscription._id));
  const habitId = String(habit._id);
  const payload = habitReminderPayload({ jobId: job._id, userId: String(job.userId), habitId, dayKey }, habit);
  const sendOptions = { ttlSeconds: ttlFor(dayKey, context.timeZone, now), topic: `h${habitId}`, allowLocal: options.allowLocal };
  const outcomes = await Promise.all(targets.map(async (subscription) => [subscription, await sendPush(subscription, payload, sendOptions)] as const));

  const retryable: Extract<PushOutcome, { kind: "retry" }>[] = [];
  const errors: string[] = [];
  for (const [subscription, outcome] of outcomes) {
    const log = { job: "reminders", jobId: job._id, subscriptionId: subscription._id, outcome: outcome.kind, status: outcome.status };
    if (outcome.kind === "ok") {
      delivered.add(subscription._id);
      result.sent++;
      await recordDelivery(subscription._id, now);
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
  if (retryable.length > 0 && attempt + 1 < MAX_ATTEMPTS) {
    const retryAfter = Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ...retryable.map((outcome) => outcome.retryAfterMs ?? 0)));
    const delay = Math.max(RETRY_DELAYS_MS[attempt], retryAfter);
    result.retried++;
    logger.info({ job: "reminders", jobId: job._id, attempt: attempt + 1, delayMs: delay }, "push failed; will retry");
    return { occursAt: job.occursAt, dueAt: new Date(now.getTime() + delay), dayKey, time: job.time ?? null, attempt: attempt + 1, delivered: [...delivered], lastError: errors.join("; ").slice(0, 500) };
  }
  if (retryable.length > 0) logger.warn({ job: "reminders", jobId: job._id, attempts: attempt + 1 }, "push failed; giving up on this reminder");
  const next = afterOccurrence(job, habit, context, now);
  return next && errors.length > 0 ? { ...next, lastError: errors.join("; ").slice(0, 500) } : next;
}

/** One job this worker holds the lease on: send (or not), then move it on (or delete it). */
async function handleJob(job: StoredJob, now: Date, options: TickOptions, result: TickResult): Promise<void> {
  const habit = (await HabitModel.findById(job.habitId).lean()) as StoredHabit | null;
  const context = habit ? await memberReminderContext(String(habit.userId)) : null;
  if (!habit || habit.archivedAt || !context || String(habit.userId) !== String(job.userId)) {
    if (await transitionJob(job, null, options.workerId, now)) result.removed++;
    return;
  }
  const dayKey = occurrenceDay(job, context, now);
  const reason = await reasonNotToSend(job, dayKey, habit, context, now);
  let next: JobState | null;
  if (reason) {
    result.skipped++;
    next = afterOccurrence(job, habit, context, now);
    logger.debug({ job: "reminders", jobId: job._id, reason }, "reminder not sent");
  } else {
    next = await deliver(job, dayKey!, habit, context, now, options, result);
  }
  const moved = await transitionJob(job, next, options.workerId, now);
  if (moved && next === null) result.removed++;
}

/**
 * One pass of the scheduler: every due job is leased (at most one worker per occurrence, across app
 * instances), handled and moved on. Deterministic for tests: `now` is the only clock it reads.
 */
export async function runReminderTick(options: TickOptions): Promise<TickResult> {
  const now = options.now ?? new Date();
  const result: TickResult = { due: 0, claimed: 0, sent: 0, skipped: 0, retried: 0, removed: 0 };
  const due = (await ReminderJobModel.find({ dueAt: { $lte: now } }).sort({ dueAt: 1 }).limit(options.limit ?? JOBS_PER_TICK).lean()) as StoredJob[];
  result.due = due.length;
  const queue = [...due];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        if (!(await claimJobLease(job, now, options.workerId))) continue;
        // Re-read after the lease: a job that moved on since the query is someone else's business now.
        const current = await readJob(job._id);
        if (!current || current.generation !== job.generation) continue;
        result.claimed++;
        await handleJob(current, now, options, result);
      } catch (error) {
        // The lease runs out and another tick tries again.
        logger.warn({ job: "reminders", jobId: job._id, err: { message: (error as Error).message } }, "reminder job failed");
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
  const existing = new Set((await ReminderJobModel.find({ _id: { $in: withReminders.map((id) => `habit:${id}`) } }).select({ _id: 1 }).lean()).map((job) => String(job._id)));
  const missing = withReminders.filter((id) => !existing.has(`habit:${id}`));
  for (const habitId of missing) await syncHabitReminders(habitId);
  return missing.length;
}

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
