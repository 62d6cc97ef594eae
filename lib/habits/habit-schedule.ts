import { addDaysToKey, daysBetween, isoWeekdayOf } from "@/lib/dates/day-key";

/** Which days a habit asks for. Weekdays are ISO numbers (1 = Monday … 7 = Sunday). */
export type HabitSchedule =
  | { kind: "daily" }
  | { kind: "weekdays"; days: number[] }
  | { kind: "per_period"; times: number; periodDays: number };

/** Inclusive member-local day keys ("YYYY-MM-DD"); pauses are inclusive ranges too. */
export type HabitWindow = {
  startDate: string;
  endDate: string | null;
  pauses: { from: string; to: string }[];
};

export type Habit = {
  type: "boolean" | "numeric";
  /** 1 for yes/no habits; e.g. 8 for "8 glasses of water". */
  target: number;
  schedule: HabitSchedule;
  window: HabitWindow;
};

export type CheckIn = { value: number; skipped?: boolean };
/** Keyed by member-local day key. */
export type CheckIns = ReadonlyMap<string, CheckIn>;

/** "open" is today while not yet done: it may still be completed, so it is never a miss. */
export type DayStatus =
  | "done"
  | "partial"
  | "missed"
  | "skipped"
  | "paused"
  | "not_scheduled"
  | "open"
  | "future"
  | "before_start";

export type DayStatusEntry = { dayKey: string; status: DayStatus };

// Day keys are zero-padded ISO dates, so string comparison is calendar order.
function isPaused(window: HabitWindow, dayKey: string): boolean {
  return window.pauses.some((pause) => pause.from <= dayKey && dayKey <= pause.to);
}

function isWithinStartAndEnd(window: HabitWindow, dayKey: string): boolean {
  return dayKey >= window.startDate && (window.endDate === null || dayKey <= window.endDate);
}

export function isActiveDay(window: HabitWindow, dayKey: string): boolean {
  return isWithinStartAndEnd(window, dayKey) && !isPaused(window, dayKey);
}

/** per_period habits may be done on any active day; they are judged over their window instead. */
export function isScheduledDay(schedule: HabitSchedule, window: HabitWindow, dayKey: string): boolean {
  if (!isActiveDay(window, dayKey)) return false;
  if (schedule.kind === "weekdays") return schedule.days.includes(isoWeekdayOf(dayKey));
  return true;
}

export function dayKeysFrom(fromKey: string, toKey: string): string[] {
  const count = daysBetween(fromKey, toKey) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, offset) => addDaysToKey(fromKey, offset));
}

/** Share of the target reached on one day, capped at 1 so over-achieving cannot bank credit. */
export function completionOf(habit: Habit, checkIn: CheckIn | undefined): number {
  if (!checkIn || checkIn.skipped || habit.target <= 0) return 0;
  return Math.min(1, Math.max(0, checkIn.value / habit.target));
}

export function dayStatusOf(habit: Habit, checkIns: CheckIns, dayKey: string, todayKey: string): DayStatus {
  const { window, schedule } = habit;
  if (dayKey > todayKey) return "future";
  if (dayKey < window.startDate) return "before_start";
  if (!isWithinStartAndEnd(window, dayKey)) return "not_scheduled";
  if (isPaused(window, dayKey)) return "paused";
  if (!isScheduledDay(schedule, window, dayKey)) return "not_scheduled";
  const checkIn = checkIns.get(dayKey);
  if (checkIn?.skipped) return "skipped";
  const completion = completionOf(habit, checkIn);
  if (completion >= 1) return "done";
  if (completion > 0) return "partial";
  return dayKey === todayKey ? "open" : "missed";
}

/** One status per day from `fromKey` to `toKey` inclusive, ready for a heat map. */
export function dayStatuses(
  habit: Habit,
  checkIns: CheckIns,
  fromKey: string,
  toKey: string,
  todayKey: string,
): DayStatusEntry[] {
  return dayKeysFrom(fromKey, toKey).map((dayKey) => ({
    dayKey,
    status: dayStatusOf(habit, checkIns, dayKey, todayKey),
  }));
}

/**
 * A day as progress measures see it. `credit` is null when the day does not count at all (skipped,
 * paused, not scheduled); otherwise 0..1. Yes/no and numeric days earn value ÷ target. per_period
 * days earn the share of `times` reached in the rolling window of the last `periodDays` days, capped
 * at 1 (Loop Habit Tracker's approach): "3 times per 7 days" is judged on the week, not on the day.
 */
export type JudgedDay = { dayKey: string; status: DayStatus; credit: number | null; isToday: boolean };

/** Every day from the start date to today (empty when the habit has not started). */
export function judgedDays(habit: Habit, checkIns: CheckIns, todayKey: string): JudgedDay[] {
  const { schedule, window } = habit;
  return dayKeysFrom(window.startDate, todayKey).map((dayKey) => {
    const status = dayStatusOf(habit, checkIns, dayKey, todayKey);
    const isToday = dayKey === todayKey;
    const counts = status === "done" || status === "partial" || status === "missed" || status === "open";
    if (!counts) return { dayKey, status, credit: null, isToday };
    if (schedule.kind !== "per_period") return { dayKey, status, credit: completionOf(habit, checkIns.get(dayKey)), isToday };
    const windowKeys = dayKeysFrom(addDaysToKey(dayKey, 1 - schedule.periodDays), dayKey);
    const doneInWindow = windowKeys
      .filter((key) => isActiveDay(window, key))
      .reduce((sum, key) => sum + completionOf(habit, checkIns.get(key)), 0);
    const credit = schedule.times > 0 ? Math.min(1, doneInWindow / schedule.times) : 1;
    return { dayKey, status, credit, isToday };
  });
}
