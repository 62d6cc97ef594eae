import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { type CheckIns, type Habit, type JudgedDay, judgedDays } from "@/lib/habits/habit-schedule";
import { scheduledDay } from "@/lib/train/schedule";
import type { TProgramWeek } from "@/lib/schemas/program";

/**
 * Compliance = what the client did ÷ what was asked of them, over the last N member-local days
 * (today included). Pure: the roster and the client page feed it rows read from the database.
 *
 * Workouts: the denominator is every day the client's *active* program schedules in the window, from
 * the program's start date on and only while it runs (days before it started, or after its last week,
 * ask nothing). Today counts only once it is done, so an unfinished today never drags the number down
 * (the habit rates do the same). A scheduled day is completed by
 *   1. a finished workout started from that program day (same program, week and day), whatever day it
 *      was done on — moving Monday's session to Tuesday still counts for Monday; or else
 *   2. any other finished workout logged on that very day (a client who trained freely on a training
 *      day did train).
 * Each workout completes at most one scheduled day, so the numerator never exceeds the denominator.
 * Only the active program is known (the user keeps one `activeProgram`), so switching programs
 * forgets the scheduled days of the previous one.
 *
 * Habits: done ÷ judged days summed over all the client's habits (lib/habits `judgedDays`: skipped,
 * paused and unscheduled days do not count, partial days count fractionally, per-period habits are
 * judged on their rolling window), today only once done.
 *
 * Both are null when nothing was asked in the window.
 */

export const COMPLIANCE_WINDOWS = [7, 30, 90] as const;
export type ComplianceWindow = (typeof COMPLIANCE_WINDOWS)[number];

export type Ratio = { done: number; asked: number };
/** done ÷ asked, or null when nothing was asked. */
export const rateOf = (ratio: Ratio): number | null => (ratio.asked > 0 ? ratio.done / ratio.asked : null);
/** A rate as the whole percentage the screens show. */
export const percentOf = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 100));

/** Inclusive member-local day range. */
export type DayRange = { from: string; to: string };
/** The N days ending today, and the N days before those. */
export function windowOf(todayKey: string, days: number, periodsBack = 0): DayRange {
  const to = addDaysToKey(todayKey, -days * periodsBack);
  return { from: addDaysToKey(to, 1 - days), to };
}

/** Only the weekdays matter here; a stored program has more (names, slots). */
export type ScheduleWeek = { days: readonly { weekday: number }[] };
export type ActiveProgram = { programId: string; startDate: string; weeks: readonly ScheduleWeek[] };
export type FinishedWorkout = { dayKey: string; programId: string | null; programWeek: number | null; programDay: number | null };
export type ScheduledOccurrence = { dayKey: string; weekIndex: number; dayIndex: number };

// Calendar days as whole numbers (days since 1970-01-01). The roster runs this for hundreds of
// clients and six windows each, so it avoids date-fns parsing and formatting per day.
const dayNumber = (dayKey: string) => Date.UTC(Number(dayKey.slice(0, 4)), Number(dayKey.slice(5, 7)) - 1, Number(dayKey.slice(8, 10))) / 86_400_000;
const dayKeyOfNumber = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** ISO weekday (1 = Monday): 1970-01-01 was a Thursday. */
const weekdayOfNumber = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/**
 * Every program day scheduled within `range` (member-local), in order: the rule of `scheduledDay` in
 * lib/train/schedule.ts (week 1 is the seven days from the start date; a day falls on its weekday),
 * in day numbers (tests/unit/compliance.test.ts checks both agree).
 */
export function scheduledOccurrences(program: ActiveProgram, range: DayRange): ScheduledOccurrence[] {
  const out: ScheduledOccurrence[] = [];
  const start = dayNumber(program.startDate);
  const last = dayNumber(range.to);
  for (let day = Math.max(dayNumber(range.from), start); day <= last; day += 1) {
    const weekIndex = Math.floor((day - start) / 7);
    if (weekIndex >= program.weeks.length) break;
    const weekday = weekdayOfNumber(day);
    const dayIndex = program.weeks[weekIndex].days.findIndex((d) => d.weekday === weekday);
    if (dayIndex !== -1) out.push({ dayKey: dayKeyOfNumber(day), weekIndex, dayIndex });
  }
  return out;
}

/** The same, day by day through `scheduledDay` (the reference the fast version is tested against). */
export function scheduledOccurrencesSlow(program: ActiveProgram, range: DayRange): ScheduledOccurrence[] {
  const out: ScheduledOccurrence[] = [];
  for (let offset = 0; offset <= daysBetween(range.from, range.to); offset += 1) {
    const dayKey = addDaysToKey(range.from, offset);
    const day = scheduledDay(program.weeks as readonly Pick<TProgramWeek, "days">[], program.startDate, dayKey);
    if (day.status === "training") out.push({ dayKey, weekIndex: day.weekIndex, dayIndex: day.dayIndex });
  }
  return out;
}

/**
 * The one day program week `weekIndex`, day `dayIndex` falls on (the rule of `scheduledOccurrences`:
 * the day of that week whose weekday it is), or null when the program schedules no such day.
 */
export function occurrenceDayOf(program: ActiveProgram, weekIndex: number, dayIndex: number): string | null {
  const week = program.weeks[weekIndex];
  const day = week?.days[dayIndex];
  // A second day on the same weekday is never scheduled (the first one takes the date).
  if (!day || week.days.findIndex((d) => d.weekday === day.weekday) !== dayIndex) return null;
  const weekStart = dayNumber(program.startDate) + 7 * weekIndex;
  return dayKeyOfNumber(weekStart + ((day.weekday - weekdayOfNumber(weekStart) + 7) % 7));
}

/**
 * Which of `occurrences` are completed (rule above). Sessions started before the program's start
 * date cannot complete it by program day (an earlier run of the same program is not this run).
 *
 * Pass 1 matches program-day sessions against the whole program, not just `occurrences`: a
 * session's program day has one date, so the same session claims the same day whichever window is
 * asked about. Matching only inside the window let Monday's session done today count for Monday in
 * the previous window and (pass 2) for today in the current one — twice, which could hide a drop.
 */
export function completedOccurrences(program: ActiveProgram, occurrences: readonly ScheduledOccurrence[], workouts: readonly FinishedWorkout[]): Set<string> {
  const asked = new Set(occurrences.map((o) => o.dayKey));
  const claimed = new Set<string>();
  const used = new Set<number>();
  // Pass 1: sessions started from a program day complete that day's occurrence, wherever it falls.
  workouts.forEach((workout, index) => {
    if (workout.programId !== program.programId || workout.programWeek === null || workout.programDay === null) return;
    if (workout.dayKey < program.startDate) return;
    const dayKey = occurrenceDayOf(program, workout.programWeek, workout.programDay);
    if (dayKey === null || claimed.has(dayKey)) return;
    claimed.add(dayKey);
    used.add(index);
  });
  const done = new Set([...claimed].filter((dayKey) => asked.has(dayKey)));
  // Pass 2: any other finished workout completes a still-open occurrence on its own day.
  workouts.forEach((workout, index) => {
    if (used.has(index) || claimed.has(workout.dayKey) || done.has(workout.dayKey)) return;
    if (asked.has(workout.dayKey)) {
      done.add(workout.dayKey);
      used.add(index);
    }
  });
  return done;
}

/** Workout compliance over `range`; `todayKey` decides whether today is judged yet. */
export function workoutRatio(program: ActiveProgram | null, workouts: readonly FinishedWorkout[], range: DayRange, todayKey: string): Ratio {
  if (!program) return { done: 0, asked: 0 };
  // `workouts` may hold sessions from outside the range: a program-day session done late still counts.
  const occurrences = scheduledOccurrences(program, { from: range.from, to: range.to > todayKey ? todayKey : range.to });
  const done = completedOccurrences(program, occurrences, workouts);
  let asked = 0;
  let completed = 0;
  for (const occurrence of occurrences) {
    const isDone = done.has(occurrence.dayKey);
    if (occurrence.dayKey === todayKey && !isDone) continue;
    asked += 1;
    if (isDone) completed += 1;
  }
  return { done: completed, asked };
}

export type HabitHistory = { habit: Habit; checkIns: CheckIns };

/** Each habit's judged days up to today, computed once and summed per window (`habitRatioOf`). */
export function judgeHabits(habits: readonly HabitHistory[], todayKey: string): JudgedDay[][] {
  return habits.map(({ habit, checkIns }) => judgedDays(habit, checkIns, todayKey));
}

/**
 * Habit compliance over `range` from judged days (judged as of the real today: every earlier day is
 * judged in full, only today is still open and counts once done).
 */
export function habitRatioOf(judged: readonly JudgedDay[][], range: DayRange): Ratio {
  let done = 0;
  let asked = 0;
  for (const days of judged) {
    for (const day of days) {
      if (day.dayKey < range.from || day.dayKey > range.to || day.credit === null) continue;
      if (day.isToday && day.credit < 1) continue;
      done += day.credit;
      asked += 1;
    }
  }
  return { done, asked };
}

/** Habit compliance over `range`, summed over every habit. */
export function habitRatio(habits: readonly HabitHistory[], range: DayRange, todayKey: string): Ratio {
  return habitRatioOf(judgeHabits(habits, todayKey), range);
}

/** The mean of the rates that exist: one number for "how is this client doing" (sorting, overview). */
export function combinedRate(rates: readonly (number | null)[]): number | null {
  const present = rates.filter((rate): rate is number => rate !== null);
  return present.length > 0 ? present.reduce((sum, rate) => sum + rate, 0) / present.length : null;
}

export type ComplianceSet = Record<`days${ComplianceWindow}`, number | null>;
/** The windows the drop rule compares with their previous period (90 days would need half a year read). */
export const DROP_WINDOWS = [7, 30] as const;
export type DropWindow = (typeof DROP_WINDOWS)[number];
export type PreviousSet = Record<`days${DropWindow}`, number | null>;
export type ClientCompliance = {
  workouts: ComplianceSet;
  habits: ComplianceSet;
  /** The 7 and 30 days before the current ones (days 8–14 and 31–60 ago), for drops. */
  previous: { workouts: PreviousSet; habits: PreviousSet };
};

export type ClientHistory = { todayKey: string; program: ActiveProgram | null; workouts: readonly FinishedWorkout[]; habits: readonly HabitHistory[] };

/** Every compliance number the roster shows, and the previous periods the drop rule compares with. */
export function clientCompliance(history: ClientHistory): ClientCompliance {
  // Judging habit days is the costly part: once per habit, then summed over the six windows.
  const judged = judgeHabits(history.habits, history.todayKey);
  const set = <W extends number>(windows: readonly W[], periodsBack: number, kind: "workouts" | "habits"): Record<`days${W}`, number | null> => {
    const entries = windows.map((days) => {
      const range = windowOf(history.todayKey, days, periodsBack);
      const ratio = kind === "workouts" ? workoutRatio(history.program, history.workouts, range, history.todayKey) : habitRatioOf(judged, range);
      return [`days${days}`, rateOf(ratio)] as const;
    });
    return Object.fromEntries(entries) as Record<`days${W}`, number | null>;
  };
  return {
    workouts: set(COMPLIANCE_WINDOWS, 0, "workouts"),
    habits: set(COMPLIANCE_WINDOWS, 0, "habits"),
    previous: { workouts: set(DROP_WINDOWS, 1, "workouts"), habits: set(DROP_WINDOWS, 1, "habits") },
  };
}

/** How far back the roster must read to compute `clientCompliance`: 90 days, or two periods of 30. */
export const HISTORY_DAYS = Math.max(...COMPLIANCE_WINDOWS, ...DROP_WINDOWS.map((days) => 2 * days));
