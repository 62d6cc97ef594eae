import type { TProgramWeek } from "@/lib/schemas/program";
import { daysBetween, isoWeekdayOf } from "@/lib/dates/day-key";

export type ScheduledDay =
  | { status: "not_started"; startsInDays: number }
  | { status: "finished" }
  | { status: "rest"; weekIndex: number }
  | { status: "training"; weekIndex: number; dayIndex: number };

/**
 * What a program schedules on `todayKey` when started on `startDate` (both member-local calendar days).
 * Week 1 is the seven days from the start date; a day is scheduled on its weekday within its week.
 */
export function scheduledDay(weeks: readonly Pick<TProgramWeek, "days">[], startDate: string, todayKey: string): ScheduledDay {
  const elapsed = daysBetween(startDate, todayKey);
  if (elapsed < 0) return { status: "not_started", startsInDays: -elapsed };
  const weekIndex = Math.floor(elapsed / 7);
  if (weekIndex >= weeks.length) return { status: "finished" };
  const weekday = isoWeekdayOf(todayKey);
  const dayIndex = weeks[weekIndex].days.findIndex((day) => day.weekday === weekday);
  return dayIndex === -1 ? { status: "rest", weekIndex } : { status: "training", weekIndex, dayIndex };
}
