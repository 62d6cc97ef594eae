import "server-only";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { isScheduledDay, type HabitSchedule } from "@/lib/habits/habit-schedule";
import { nextReminderInstant, reminderInstant, REMINDER_SCAN_DAYS } from "@/lib/habits/reminder-times";
import type { HabitDoc } from "@/server/habits/habit-model";
import { habitWindow } from "@/server/habits/habit-service";
import type { JobState } from "./reminder-job-store";
import type { ReminderContext } from "./reminder-settings";

export type PlannableHabit = Pick<HabitDoc, "schedule" | "startDate" | "endDate" | "pauses" | "reminders" | "archivedAt">;

const freshState = (occursAt: Date, dayKey: string | null, time: string | null): JobState => ({
  occursAt,
  dueAt: occursAt,
  dayKey,
  time,
  attempt: 0,
  delivered: [],
  lastError: null,
});

/**
 * The habit's next reminder strictly after `after`, as a job state; null when the habit needs no job
 * (archived, no reminder times, ended). When nothing falls within the scanned fortnight (a long pause,
 * a start date far ahead) the job becomes a "re-plan" job (dayKey null) due when the scan ran out, so
 * a reminder resumes by itself after the pause without anyone editing the habit.
 */
export function planHabitReminder(habit: PlannableHabit, context: ReminderContext, after: Date): JobState | null {
  if (habit.archivedAt || !habit.reminders || habit.reminders.length === 0) return null;
  const window = habitWindow(habit);
  const afterKey = dayKeyOf(after, context.timeZone);
  if (window.endDate !== null && window.endDate < afterKey) return null;
  const next = nextReminderInstant({
    after,
    times: habit.reminders,
    timeZone: context.timeZone,
    isDayEligible: (dayKey) => isScheduledDay(habit.schedule as HabitSchedule, window, dayKey),
    quietHours: context.quietHours,
  });
  if (next) return freshState(next.at, next.dayKey, next.time);
  return freshState(reminderInstant(addDaysToKey(afterKey, REMINDER_SCAN_DAYS + 1), "00:00", context.timeZone), null, null);
}

/** Same occurrence: re-planning to it must not touch the job (its lease, retries and deliveries stay). */
export function sameOccurrence(job: { occursAt: Date; dayKey?: string | null; time?: string | null }, next: JobState): boolean {
  if ((job.dayKey ?? null) === null && next.dayKey === null) return true;
  return job.dayKey === next.dayKey && (job.time ?? null) === next.time && job.occursAt.getTime() === next.occursAt.getTime();
}
