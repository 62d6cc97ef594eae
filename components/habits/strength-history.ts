import { addDaysToKey } from "@/lib/dates/day-key";
import type { CheckIns, Habit } from "@/lib/habits/habit-schedule";
import { strengthMultiplier, strengthSeries } from "@/lib/habits/habit-strength";
import type { THabitView } from "@/lib/schemas/habit";

type CalendarDay = { dayKey: string; status: THabitView["today"]["status"]; value: number };

/**
 * Strength day by day over the calendar's days, rebuilt in the browser with the server's own formula
 * from the heat map's days (no extra request). Exact when the habit started inside the calendar;
 * for an older habit the score it carried into the window is solved from today's strength (the
 * server's number), so the line always ends where the ring says.
 */
export function strengthHistory(habit: Pick<THabitView, "type" | "target" | "schedule" | "startDate" | "endDate" | "pauses" | "strength">, calendar: CalendarDay[]): { dayKey: string; score: number }[] {
  if (calendar.length === 0) return [];
  const first = calendar[0].dayKey;
  const todayKey = calendar[calendar.length - 1].dayKey;
  const startDate = habit.startDate > first ? habit.startDate : first;
  if (startDate > todayKey) return [];
  const checkIns: CheckIns = new Map(
    calendar
      .filter((day) => day.status === "skipped" || day.value > 0)
      .map((day) => [day.dayKey, day.status === "skipped" ? { value: 0, skipped: true } : { value: day.value }]),
  );
  const domain: Habit = { type: habit.type, target: habit.target, schedule: habit.schedule, window: { startDate, endDate: habit.endDate, pauses: habit.pauses } };
  const series = strengthSeries(domain, checkIns, todayKey);
  if (habit.startDate >= first || series.length === 0) return series;
  // Score carried in (s0) fades by the multiplier on every counting day: score_t = series_t + s0·Π m.
  const multiplier = strengthMultiplier(habit.schedule);
  const counting = new Set(calendar.filter((day) => ["done", "partial", "missed"].includes(day.status)).map((day) => day.dayKey));
  let product = 1;
  const decay = series.map((point) => {
    if (counting.has(point.dayKey)) product *= multiplier;
    return product;
  });
  const last = series.length - 1;
  const carried = Math.min(1, Math.max(0, (habit.strength - series[last].score) / decay[last]));
  return series.map((point, index) => ({ dayKey: point.dayKey, score: Math.min(1, Math.max(0, point.score + carried * decay[index])) }));
}

/** The first day shown on the heat map: the Monday of the start week when the habit is younger than the window. */
export function calendarStart(startDate: string, firstDay: string, isoWeekday: (dayKey: string) => number): string {
  if (startDate <= firstDay) return firstDay;
  return addDaysToKey(startDate, 1 - isoWeekday(startDate));
}
