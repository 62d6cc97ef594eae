import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";

/**
 * Session load (Foster's session-RPE: RPE × minutes, arbitrary units) per day and the acute:chronic
 * workload ratio. Pure: the progress charts and the load-spike / readiness signals share it.
 *
 * Acute = the 7-day load sum ending on the day; chronic = the 28-day sum ending on the day ÷ 4 (a weekly
 * figure on the same scale as acute), so a steady week-in week-out load gives a ratio of 1.0. The ratio
 * is null when the chronic load is 0 or when fewer than 21 days of load data lie behind the day (the
 * 28-day window would be mostly empty and the ratio meaningless).
 */
export type DailyLoad = { dayKey: string; load: number };
export type AcuteChronic = { acute: number; chronicWeekly: number; ratio: number | null; daysOfData: number };

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;
/** Days of load data (from the first day with a load to the end day, inclusive) before a ratio is given. */
export const MIN_DAYS_FOR_RATIO = 21;

/** The summed session load of one day of history (sessions without a load count 0). */
function loadOfDay(sessions: MemberHistory["days"][number]["sessions"]): number {
  return sessions.reduce((sum, session) => sum + (session.load ?? 0), 0);
}

/** Every day from `fromDayKey` to `toDayKey` (inclusive), 0 on days without a session. */
export function dailyLoads(history: MemberHistory, fromDayKey: string, toDayKey: string): DailyLoad[] {
  const count = daysBetween(fromDayKey, toDayKey) + 1;
  if (count <= 0) return [];
  const byDay = new Map<string, number>();
  for (const day of history.days) {
    if (day.dayKey < fromDayKey || day.dayKey > toDayKey) continue;
    byDay.set(day.dayKey, (byDay.get(day.dayKey) ?? 0) + loadOfDay(day.sessions));
  }
  const result: DailyLoad[] = [];
  for (let i = 0; i < count; i++) {
    const dayKey = addDaysToKey(fromDayKey, i);
    result.push({ dayKey, load: byDay.get(dayKey) ?? 0 });
  }
  return result;
}

/**
 * Acute and chronic load ending on `endDayKey` from a list of daily loads (missing days count 0).
 * `daysOfData` counts the days from the first day with a positive load up to `endDayKey` (inclusive).
 */
export function acuteChronic(loads: readonly DailyLoad[], endDayKey: string): AcuteChronic {
  const acuteFrom = addDaysToKey(endDayKey, 1 - ACUTE_DAYS);
  const chronicFrom = addDaysToKey(endDayKey, 1 - CHRONIC_DAYS);
  let acute = 0;
  let chronic = 0;
  let firstLoadDay: string | null = null;
  for (const { dayKey, load } of loads) {
    if (dayKey > endDayKey) continue;
    if (load > 0 && (firstLoadDay === null || dayKey < firstLoadDay)) firstLoadDay = dayKey;
    if (dayKey >= chronicFrom) chronic += load;
    if (dayKey >= acuteFrom) acute += load;
  }
  const daysOfData = firstLoadDay === null ? 0 : daysBetween(firstLoadDay, endDayKey) + 1;
  const chronicWeekly = chronic / (CHRONIC_DAYS / ACUTE_DAYS);
  const ratio = chronicWeekly > 0 && daysOfData >= MIN_DAYS_FOR_RATIO ? acute / chronicWeekly : null;
  return { acute, chronicWeekly, ratio, daysOfData };
}

/**
 * The acute:chronic trend for a chart: one point per day from `fromDayKey` to `toDayKey`, each computed
 * over the history's loads (including the 27 days before `fromDayKey`, so the first points are real).
 * Runs in one pass with sliding sums, so three years of data stay cheap.
 */
export function acuteChronicSeries(
  history: MemberHistory,
  fromDayKey: string,
  toDayKey: string,
): { dayKey: string; acute: number; chronicWeekly: number; ratio: number | null }[] {
  if (toDayKey < fromDayKey) return [];
  const start = addDaysToKey(fromDayKey, 1 - CHRONIC_DAYS);
  const loads = dailyLoads(history, start, toDayKey);
  // The first day with a load anywhere in the history up to the end (for the 21-day rule).
  let firstLoadDay: string | null = null;
  for (const day of history.days) {
    if (day.dayKey > toDayKey) break;
    if (loadOfDay(day.sessions) > 0) {
      firstLoadDay = day.dayKey;
      break;
    }
  }
  const result: { dayKey: string; acute: number; chronicWeekly: number; ratio: number | null }[] = [];
  let acute = 0;
  let chronic = 0;
  for (let i = 0; i < loads.length; i++) {
    acute += loads[i].load;
    chronic += loads[i].load;
    if (i >= ACUTE_DAYS) acute -= loads[i - ACUTE_DAYS].load;
    if (i >= CHRONIC_DAYS) chronic -= loads[i - CHRONIC_DAYS].load;
    if (i < CHRONIC_DAYS - 1) continue;
    const dayKey = loads[i].dayKey;
    const daysOfData = firstLoadDay === null || firstLoadDay > dayKey ? 0 : daysBetween(firstLoadDay, dayKey) + 1;
    // Sliding sums drift by float error; clamp tiny negatives.
    const a = Math.max(0, acute);
    const chronicWeekly = Math.max(0, chronic) / (CHRONIC_DAYS / ACUTE_DAYS);
    result.push({ dayKey, acute: a, chronicWeekly, ratio: chronicWeekly > 0 && daysOfData >= MIN_DAYS_FOR_RATIO ? a / chronicWeekly : null });
  }
  return result;
}
