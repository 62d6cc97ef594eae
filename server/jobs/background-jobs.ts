import "server-only";
import { purgeExpiredRateLimits } from "@/server/auth/throttles";
import { env } from "@/lib/env";
import { connectDb } from "@/server/db/connection";
import { purgeInsightClaims, runInsightsTick, runNightlyInsightsTick } from "@/server/insights/insight-jobs";
import { logger } from "@/server/logging/logger";
import { purgeMailOutbox } from "@/server/mail/mail-outbox";
import { runMailTick } from "@/server/mail/mail-sender";
import { runNutritionEstimateTick } from "@/server/nutrition/estimate-job";
import { purgeStaleClaims } from "@/server/reminders/reminder-job-store";
import { newWorkerId, reconcileReminderJobs, runReminderTick } from "@/server/reminders/reminder-scheduler";

const PURGE_EVERY_MS = 10 * 60 * 1000;
const state = ((globalThis as { __characterCoachJobs?: { started: boolean } }).__characterCoachJobs ??= { started: false });

/**
 * In-process jobs. Housekeeping is idempotent, so running it in several app instances at once is
 * harmless; habit reminders go out once per live lease, so every instance polls `reminder_jobs` and leases
 * each due occurrence before sending (server/reminders/reminder-scheduler.ts). Outgoing mail works the
 * same way: every instance polls `mail_outbox` and leases each due message (server/mail/mail-sender.ts).
 */
export function startBackgroundJobs(): void {
  if (state.started) return;
  state.started = true;
  every(PURGE_EVERY_MS, "purge-rate-limits", async () => ({ deleted: await purgeExpiredRateLimits() }), (r) => r.deleted > 0);
  startReminderScheduler();
  startMailSender();
  // Hourly, so each member's estimate runs soon after their own midnight; once per member-day.
  every(60 * 60 * 1000, "nutrition-estimates", () => runNutritionEstimateTick(), (r) => r.proposed > 0, 60_000);
  startInsightsWorker();
}

/**
 * Runs `job` every `intervalMs` (the first run after `firstAfterMs` when given), never two runs of it
 * at once in this process: a slow run makes the next one skip. Logs the result when `worthLogging`
 * says so, and a failure as a warning (the next run retries).
 */
function every<T extends object>(intervalMs: number, name: string, job: () => Promise<T>, worthLogging: (result: T) => boolean, firstAfterMs?: number): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await connectDb();
      const result = await job();
      const fields: Record<string, unknown> = { job: name, ...result };
      if (worthLogging(result)) logger.info(fields, "job done");
    } catch (error) {
      logger.warn({ job: name, err: { message: (error as Error).message } }, "job failed; will retry");
    } finally {
      running = false;
    }
  };
  setInterval(run, intervalMs).unref();
  if (firstAfterMs !== undefined) setTimeout(run, firstAfterMs).unref();
}

/** Polls for due reminders every REMINDER_POLL_SECONDS; one tick at a time per process. */
function startReminderScheduler(): void {
  const workerId = newWorkerId();
  // One tick at a time: a slow one stops claiming after half a lease and the next picks up the rest.
  every(env.REMINDER_POLL_SECONDS * 1000, "reminders", () => runReminderTick({ workerId }), (r) => r.claimed > 0 || r.failed > 0);
  every(
    PURGE_EVERY_MS,
    "reminder-housekeeping",
    async () => ({ created: await reconcileReminderJobs(), purged: await purgeStaleClaims(new Date()) }),
    (r) => r.created > 0 || r.purged > 0,
    5_000,
  );
}

/**
 * Sends queued mail (mail_outbox) at the reminder poll interval, one tick at a time per process, and
 * purges old claims and messages past their retention.
 */
function startMailSender(): void {
  const workerId = newWorkerId();
  every(env.REMINDER_POLL_SECONDS * 1000, "mail", () => runMailTick({ workerId }), (r) => r.claimed > 0 || r.failed > 0);
  every(PURGE_EVERY_MS, "mail-housekeeping", () => purgeMailOutbox(new Date()), (r) => r.claims > 0 || r.messages > 0, 15_000);
}

/**
 * Insights (server/insights/insight-jobs.ts): every instance polls `insight_jobs` every
 * INSIGHTS_POLL_SECONDS and leases each due job's generation before running it, so a member's
 * recompute runs once per generation across instances. Every 10 minutes the nightly pass queues the
 * members whose local 03:00 has passed since their insights were computed; old claims are purged.
 */
function startInsightsWorker(): void {
  const workerId = newWorkerId();
  every(env.INSIGHTS_POLL_SECONDS * 1000, "insights", () => runInsightsTick({ workerId }), (r) => r.ran > 0 || r.retried > 0 || r.gaveUp > 0);
  every(10 * 60 * 1000, "insights-nightly", () => runNightlyInsightsTick(new Date()), (r) => r.enqueued > 0, 30_000);
  every(PURGE_EVERY_MS, "insights-housekeeping", async () => ({ purged: await purgeInsightClaims(new Date()) }), (r) => r.purged > 0, 20_000);
}
