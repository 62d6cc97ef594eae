import "server-only";
import { purgeExpiredRateLimits } from "@/server/auth/throttles";
import { connectDb } from "@/server/db/connection";
import { logger } from "@/server/logging/logger";

const PURGE_EVERY_MS = 10 * 60 * 1000;
const state = ((globalThis as { __characterCoachJobs?: { started: boolean } }).__characterCoachJobs ??= { started: false });

/**
 * In-process housekeeping. Each job is idempotent, so running it in several app instances at once is
 * harmless; jobs that must run exactly once (reminders, insights) get leased queues in later issues.
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
}
