import "server-only";
import { progressSeries, SERIES_LOOKBACK_DAYS } from "@/lib/analytics/series";
import { addDaysToKey } from "@/lib/dates/day-key";
import { progressRangeDays, type ProgressRange, type TProgressOverview } from "@/lib/schemas/progress";
import { memberToday } from "@/server/nutrition/member-day";
import { loadMemberHistory } from "./member-history";

/**
 * The member's own Progress charts for a range ending today (their zone). The history is read from
 * SERIES_LOOKBACK_DAYS before the range (acute:chronic and the energy estimate look back); "all" starts
 * at the member's first record. The member sees all of their own Mind data.
 */
export async function progressOverview(memberId: string, range: ProgressRange, now = new Date()): Promise<TProgressOverview> {
  const { todayKey } = await memberToday(memberId, now);
  const days = progressRangeDays[range];
  const fromDayKey = days === null ? undefined : addDaysToKey(todayKey, 1 - days);
  const history = await loadMemberHistory(memberId, {
    toDayKey: todayKey,
    fromDayKey: fromDayKey ? addDaysToKey(fromDayKey, -SERIES_LOOKBACK_DAYS) : undefined,
    mindAccess: "all",
  });
  return progressSeries(history, { range, fromDayKey: fromDayKey ?? history.days[0]?.dayKey ?? todayKey, toDayKey: todayKey });
}
