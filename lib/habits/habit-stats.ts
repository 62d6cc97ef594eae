import { addDaysToKey } from "@/lib/dates/day-key";
import { type CheckIns, type Habit, judgedDays } from "@/lib/habits/habit-schedule";

/**
 * Median days for a daily behaviour to become automatic: Lally, van Jaarsveld, Potts & Wardle (2010),
 * "How are habits formed", European Journal of Social Psychology 40(6) — range 18 to 254 days.
 */
export const HABIT_FORMATION_MEDIAN_DAYS = 66;

/**
 * Consecutive fully-done counting days. Days that do not count (skipped, paused, not scheduled)
 * neither break nor extend a streak; an unfinished today does not break the current one. per_period
 * habits count days whose rolling window has reached its target.
 */
export function streaks(habit: Habit, checkIns: CheckIns, todayKey: string): { current: number; best: number } {
  let current = 0;
  let best = 0;
  for (const day of judgedDays(habit, checkIns, todayKey)) {
    if (day.credit === null) continue;
    if (day.credit >= 1) {
      current += 1;
      best = Math.max(best, current);
    } else if (!day.isToday) {
      current = 0;
    }
  }
  return { current, best };
}

/**
 * Mean credit over the counting days among the last `days` days (today included): done ÷ scheduled,
 * partial days counting fractionally, skipped and paused days excluded. Today only counts once done,
 * so an unfinished today does not drag the rate down. Null when no day counted.
 */
export function completionRate(habit: Habit, checkIns: CheckIns, todayKey: string, days: number): number | null {
  const fromKey = addDaysToKey(todayKey, 1 - days);
  let earned = 0;
  let counted = 0;
  for (const day of judgedDays(habit, checkIns, todayKey)) {
    if (day.dayKey < fromKey || day.credit === null) continue;
    if (day.isToday && day.credit < 1) continue;
    earned += day.credit;
    counted += 1;
  }
  return counted > 0 ? earned / counted : null;
}
