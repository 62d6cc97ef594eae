import "server-only";
import { addDaysToKey, dayKeyOf, daysBetween } from "@/lib/dates/day-key";
import { AppError } from "@/server/errors/app-error";
import { memberTrainingContext } from "@/server/train/member-context";

/** The member's today (in their zone). */
export async function memberToday(memberId: string, now = new Date()): Promise<{ todayKey: string; timeZone: string }> {
  const { timeZone } = await memberTrainingContext(memberId);
  return { todayKey: dayKeyOf(now, timeZone), timeZone };
}

/**
 * Diary days a member may write: up to a year back, and tomorrow at most (someone planning tomorrow's
 * breakfast tonight, or a phone a few hours ahead after a flight), never further into the future.
 */
export function assertWritableDay(dayKey: string, todayKey: string): void {
  if (dayKey > addDaysToKey(todayKey, 1)) throw new AppError("BAD_REQUEST", "You can log for today, tomorrow or an earlier day.");
  if (daysBetween(dayKey, todayKey) > 366) throw new AppError("BAD_REQUEST", "You can go back one year at most.");
}
