import "server-only";
import { purgeExpiredRateLimits } from "@/server/auth/throttles";
import { env } from "@/lib/env";
import { connectDb } from "@/server/db/connection";
import { logger } from "@/server/logging/logger";
import { purgeStaleClaims } from "@/server/reminders/reminder-job-store";
import { newWorkerId, reconcileReminderJobs, runReminderTick } from "@/server/reminders/reminder-scheduler";

const PURGE_EVERY_MS = 10 * 60 * 1000;
const state = ((globalThis as { __characterCoachJobs?: { started: boolean } }).__characterCoachJobs ??= { started: false });

/**
 * In-process jobs. Housekeeping is idempotent, so running it in several app instances at once is
 * harmless; habit reminders go out once per live lease, so every instance polls `reminder_jobs` and leases
 * each due occurrence before sending (server/reminders/reminder-scheduler.ts).
 */
export function startBackgroundJobs(): void {
  if (state.started) return;
  state.started = true;
  const purge = async () => {
    try {
      await connectDb();
      const deleted = await purgeExpiredRateLimits();
      if (deleted > 0) logger.info({ job: "purge-rate-limits", deleted }, "job done");
    } catch (error) {
      logger.warn({ job: "purge-rate-limits", err: { message: (error as Error).message } }, "job failed; will retry");
    }
  };
  setInterval(purge, PURGE_EVERY_MS).unref();
  startReminderScheduler();
}

/** Polls for due reminders every REMINDER_POLL_SECONDS; one tick at a time per process. */
function startReminderScheduler(): void {
  const workerId = newWorkerId();
  let ticking = false;
  const tick = async () => {
    if (ticking) return;
    ticking = true;
    try {
      await connectDb();
      // One tick at a time: a slow one stops claiming after half a lease and the next picks up the rest.
      const result = await runReminderTick({ workerId });
      if (result.claimed > 0 || result.failed > 0) logger.info({ job: "reminders", ...result }, "job done");
    } catch (error) {
      logger.warn({ job: "reminders", err: { message: (error as Error).message } }, "job failed; will retry");
    } finally {
      ticking = false;
    }
  };
  const housekeeping = async () => {
    try {
      await connectDb();
      const created = await reconcileReminderJobs();
      const purged = await purgeStaleClaims(new Date());
      if (created > 0 || purged > 0) logger.info({ job: "reminder-housekeeping", created, purged }, "job done");
    } catch (error) {
      logger.warn({ job: "reminder-housekeeping", err: { message: (error as Error).message } }, "job failed; will retry");
    }
  };
  setInterval(tick, env.REMINDER_POLL_SECONDS * 1000).unref();
  setInterval(housekeeping, PURGE_EVERY_MS).unref();
  setTimeout(housekeeping, 5_000).unref();
}
