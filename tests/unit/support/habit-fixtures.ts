import type { CheckIn, Habit, HabitSchedule, HabitWindow } from "@/lib/habits/habit-schedule";

// 2025-01-06 is a Monday.
export function habit(schedule: HabitSchedule = { kind: "daily" }, window: Partial<HabitWindow> = {}, target = 1): Habit {
  return {
    type: target === 1 ? "boolean" : "numeric",
    target,
    schedule,
    window: { startDate: "2025-01-06", endDate: null, pauses: [], ...window },
  };
}

/** Check-ins by day; a bare number is the value. */
export function checkIns(entries: Record<string, CheckIn | number>): Map<string, CheckIn> {
  return new Map(Object.entries(entries).map(([day, entry]) => [day, typeof entry === "number" ? { value: entry } : entry]));
}
