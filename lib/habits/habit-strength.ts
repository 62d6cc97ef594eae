import { type CheckIns, type Habit, type HabitSchedule, judgedDays } from "@/lib/habits/habit-schedule";

export type StrengthPoint = { dayKey: string; score: number };

/** Loop Habit Tracker's half-life for a daily habit, in days. */
const DAILY_HALF_LIFE_DAYS = 13;

function timesPerDay(schedule: HabitSchedule): number {
  if (schedule.kind === "daily") return 1;
  if (schedule.kind === "weekdays") return new Set(schedule.days).size / 7;
  return schedule.periodDays > 0 ? schedule.times / schedule.periodDays : 1;
}

/**
 * Smoothing factor m in score = previous × m + credit × (1 − m).
 *
 * Loop uses m = 0.5^(√freq / 13) and updates on every calendar day, i.e. a half-life of 13 / √freq
 * calendar days: rarer habits change more slowly, but not proportionally slower. We keep that
 * calendar half-life. per_period habits update on every active day, exactly as in Loop. Weekday
 * habits only update on their scheduled days (freq of them per calendar day), so their half-life in
 * updates is (13 / √freq) × freq = 13 × √freq, giving m = 0.5^(1 / (13 × √freq)). Daily: m = 0.5^(1/13).
 */
export function strengthMultiplier(schedule: HabitSchedule): number {
  const freq = timesPerDay(schedule);
  if (freq <= 0) return 1;
  const halfLifeInUpdates =
    schedule.kind === "weekdays" ? DAILY_HALF_LIFE_DAYS * Math.sqrt(freq) : DAILY_HALF_LIFE_DAYS / Math.sqrt(freq);
  return Math.pow(0.5, 1 / halfLifeInUpdates);
}

/**
 * Score 0..1 for every day from the start date to today, starting from 0. Days that do not count
 * (skipped, paused, not scheduled, after the end date) carry the previous score unchanged. Today may
 * raise the score but never lower it, because it can still be completed.
 */
export function strengthSeries(habit: Habit, checkIns: CheckIns, todayKey: string): StrengthPoint[] {
  const multiplier = strengthMultiplier(habit.schedule);
  let score = 0;
  return judgedDays(habit, checkIns, todayKey).map((day) => {
    if (day.credit !== null) {
      const next = score * multiplier + day.credit * (1 - multiplier);
      score = day.isToday ? Math.max(score, next) : next;
    }
    return { dayKey: day.dayKey, score };
  });
}

export function currentStrength(habit: Habit, checkIns: CheckIns, todayKey: string): number {
  const series = strengthSeries(habit, checkIns, todayKey);
  return series.length > 0 ? series[series.length - 1].score : 0;
}
