import { addDaysToKey, daysBetween, formatDayKey } from "@/lib/dates/day-key";
import { dayKeysFrom, dayStatusOf, type Habit } from "@/lib/habits/habit-schedule";
import { HABIT_FORMATION_MEDIAN_DAYS } from "@/lib/habits/habit-stats";
import type { THabitView } from "@/lib/schemas/habit";

/** Pure helpers for the habit screens: wording, grouping and the optimistic view of queued writes. */

export type DayStatus = THabitView["today"]["status"];
export type HabitWritePath = "habits.checkIn" | "habits.skip" | "habits.undo";
/** What a queued (not yet confirmed) write says a day will be. */
export type DayOverride = { kind: "value"; value: number } | { kind: "skipped" } | { kind: "cleared" };

const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const weekdayLongNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function scheduleLabel(schedule: THabitView["schedule"]): string {
  if (schedule.kind === "daily") return "Every day";
  if (schedule.kind === "weekdays") {
    const days = [...schedule.days].sort((a, b) => a - b);
    if (days.length === 7) return "Every day";
    if (days.join() === "1,2,3,4,5") return "Weekdays";
    if (days.join() === "6,7") return "Weekends";
    return days.map((day) => weekdayNames[day - 1]).join(", ");
  }
  return `${schedule.times} ${schedule.times === 1 ? "time" : "times"} per ${schedule.periodDays} days`;
}

const trimNumber = (value: number) => String(Math.round(value * 100) / 100);

/** "3 of 8 glasses" for a numeric habit; "" for yes/no. */
export function amountLabel(habit: Pick<THabitView, "type" | "target" | "unit">, value: number): string {
  if (habit.type === "boolean") return "";
  return `${trimNumber(value)} of ${trimNumber(habit.target)}${habit.unit ? ` ${habit.unit}` : ""}`;
}

export function targetLabel(habit: Pick<THabitView, "type" | "target" | "unit">): string {
  return habit.type === "numeric" ? `${trimNumber(habit.target)}${habit.unit ? ` ${habit.unit}` : ""}` : "";
}

/** Words for a day's status, so colour is never the only signal. */
export const statusLabels: Record<DayStatus, string> = {
  done: "Done",
  partial: "Partly done",
  missed: "Missed",
  skipped: "Skipped",
  paused: "Paused",
  not_scheduled: "Not scheduled",
  open: "Not done yet",
  future: "Upcoming",
  before_start: "Before the start",
};

const loggableStatuses: ReadonlySet<DayStatus> = new Set(["done", "partial", "missed", "skipped", "open"]);

/**
 * Whether a check-in, skip or undo means something on a day with this status (scheduled, started, not
 * paused, not ended). The one rule for today's buttons and the calendar alike ("missed" is only ever a
 * past day).
 */
export const canCheckIn = (status: DayStatus) => loggableStatuses.has(status);

/** Percent 0..100 for a 0..1 score. */
export const percent = (score: number) => Math.round(score * 100);

/**
 * The honest horizon: automaticity took a median of about 66 days in Lally et al. (2010), with a wide
 * range; never a "21 days" promise.
 */
export function horizonLabel(daysSinceStart: number): string {
  const day = daysSinceStart + 1;
  if (day <= HABIT_FORMATION_MEDIAN_DAYS) return `Day ${day} of about ${HABIT_FORMATION_MEDIAN_DAYS}`;
  return `Day ${day}: past the typical ${HABIT_FORMATION_MEDIAN_DAYS}, keep going`;
}

export function statusFromValue(value: number, target: number, isToday: boolean): DayStatus {
  if (value >= target) return "done";
  if (value > 0) return "partial";
  return isToday ? "open" : "missed";
}

/** The status a day shows once a queued write lands (the server's rules, for scheduled days). */
export function applyOverride(status: DayStatus, value: number, override: DayOverride | undefined, target: number, isToday: boolean): { status: DayStatus; value: number } {
  if (!override || !canCheckIn(status)) return { status, value };
  if (override.kind === "skipped") return { status: "skipped", value: 0 };
  if (override.kind === "cleared") return { status: isToday ? "open" : "missed", value: 0 };
  return { status: statusFromValue(override.value, target, isToday), value: override.value };
}

export const dayRef = (habitId: string, dayKey: string) => `${habitId}:${dayKey}`;

/** The last queued write per habit and day wins: writes replay in order on the server too. */
export function pendingOverrides(writes: { path: string; input: unknown }[]): Map<string, DayOverride> {
  const overrides = new Map<string, DayOverride>();
  for (const write of writes) {
    const input = write.input as { habitId?: string; dayKey?: string; value?: number };
    if (!input?.habitId || !input.dayKey) continue;
    const ref = dayRef(input.habitId, input.dayKey);
    if (write.path === "habits.checkIn") overrides.set(ref, { kind: "value", value: Number(input.value ?? 0) });
    else if (write.path === "habits.skip") overrides.set(ref, { kind: "skipped" });
    else if (write.path === "habits.undo") overrides.set(ref, { kind: "cleared" });
  }
  return overrides;
}

/** A habit as the member should see it now: the server's view with today's queued write applied. */
export function withPendingToday(habit: THabitView, overrides: Map<string, DayOverride>): THabitView {
  const override = overrides.get(dayRef(habit.id, habit.today.dayKey));
  if (!override) return habit;
  const today = applyOverride(habit.today.status, habit.today.value, override, habit.target, true);
  return { ...habit, today: { ...habit.today, ...today } };
}

type CalendarEntry = { dayKey: string; status: DayStatus; value: number };
type ScheduleFields = Pick<THabitView, "type" | "target" | "schedule" | "startDate" | "endDate" | "pauses">;

const domainOf = (habit: ScheduleFields): Habit => ({
  type: habit.type,
  target: habit.target,
  schedule: habit.schedule,
  window: { startDate: habit.startDate, endDate: habit.endDate, pauses: habit.pauses },
});

/**
 * The server's view says which day was "today" when the page was made. A page from the offline copy,
 * or an app left open overnight, can be a day (or more) behind the member's clock.
 */
export const isBehind = (habit: THabitView, currentDayKey: string | null) => currentDayKey !== null && currentDayKey > habit.today.dayKey;

/**
 * A habit as of the member's current day when the server's view is from an earlier one: the new day
 * with nothing logged yet (open when it is scheduled; paused, ended or not scheduled by the habit's own
 * rules), so a "today" button writes for the real today. Strength, streak and rates stay as the server
 * last said until its next answer.
 */
export function asOfDay(habit: THabitView, currentDayKey: string | null): THabitView {
  if (currentDayKey === null || !isBehind(habit, currentDayKey)) return habit;
  const status = dayStatusOf(domainOf(habit), new Map(), currentDayKey, currentDayKey);
  return { ...habit, today: { dayKey: currentDayKey, status, value: 0 }, daysSinceStart: Math.max(0, daysBetween(habit.startDate, currentDayKey)) };
}

/**
 * The heat map moved on to the member's current day (same length): the old today, if left open, is
 * now missed, and the new days carry the habit's own statuses with nothing logged.
 */
export function calendarAsOf<Day extends CalendarEntry>(calendar: Day[], habit: ScheduleFields, currentDayKey: string | null): CalendarEntry[] {
  const last = calendar.at(-1);
  if (currentDayKey === null || !last || currentDayKey <= last.dayKey) return calendar;
  const domain = domainOf(habit);
  const past = calendar.map((day): CalendarEntry => (day.status === "open" ? { ...day, status: "missed" } : day));
  const added = dayKeysFrom(addDaysToKey(last.dayKey, 1), currentDayKey).map((dayKey) => ({ dayKey, status: dayStatusOf(domain, new Map(), dayKey, currentDayKey), value: 0 }));
  return [...past, ...added].slice(added.length);
}

export type HabitGroup = { name: string; habits: THabitView[] };

/** Routines together (habit stacking), in first-seen order; habits without a group last. */
export function groupHabits(habits: THabitView[]): HabitGroup[] {
  const groups = new Map<string, THabitView[]>();
  for (const habit of habits) {
    const name = habit.group.trim();
    groups.set(name, [...(groups.get(name) ?? []), habit]);
  }
  const named = [...groups.entries()].filter(([name]) => name !== "").map(([name, list]) => ({ name, habits: list }));
  const loose = groups.get("");
  return loose ? [...named, { name: "", habits: loose }] : named;
}

/** Not started yet (a trainer's program adds habits in phases): listed as "Starts <date>". */
export const isUpcoming = (habit: THabitView) => habit.startDate > habit.today.dayKey;
export const hasEnded = (habit: THabitView): habit is THabitView & { endDate: string } => habit.endDate !== null && habit.endDate < habit.today.dayKey;

/** "Tue 1 Dec" for a day key, read as a calendar date (no time zone shift). */

/** Completion rate as "80%", or "—" when no day counted yet. */
export const rateLabel = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** The page's habits, each kept as shown instead when what is shown was read later by the server. */
export function newestViews(page: THabitView[], shown: THabitView[]): THabitView[] {
  const byId = new Map(shown.map((habit) => [habit.id, habit]));
  return page.map((habit) => {
    const mine = byId.get(habit.id);
    return mine && mine.readAt > habit.readAt ? mine : habit;
  });
}

export { formatDayKey };
