import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { findOwnedById } from "@/server/db/find-owned";
import { AppError } from "@/server/errors/app-error";
import { HabitModel, type HabitDoc } from "@/server/habits/habit-model";
import { createJob, readJob, snoozeJobId, transitionJob, withTransitionRetry, type JobState } from "./reminder-job-store";
import { memberReminderContext } from "./reminder-settings";

/**
 * "Snooze 1 h" from a notification: a one-shot job `snooze:<habitId>:<dayKey>` due `minutes` from now.
 * Snoozing again replaces it. It is sent like a regular reminder (not if the day got done or skipped,
 * not once the day is over) but ignores quiet hours: the member asked for it.
 */
export async function snoozeHabit(userId: string, request: { habitId: string; dayKey: string; minutes: number }, now = new Date()): Promise<{ dueAt: Date }> {
  const habit = Types.ObjectId.isValid(request.habitId) ? await findOwnedById<HabitDoc & { _id: Types.ObjectId }>(HabitModel, request.habitId, userId) : null;
  if (!habit || habit.archivedAt) throw new AppError("NOT_FOUND", "No such habit.");
  const context = await memberReminderContext(userId);
  if (!context) throw new AppError("NOT_FOUND", "No such member.");
  const todayKey = dayKeyOf(now, context.timeZone);
  // The notification may be tapped just after midnight: yesterday's reminder can still be snoozed (it
  // will not be sent once that day is over), anything older or in the future cannot.
  if (request.dayKey > todayKey || request.dayKey < addDaysToKey(todayKey, -1)) throw new AppError("BAD_REQUEST", "Only today's reminder can be snoozed.");
  const dueAt = new Date(now.getTime() + request.minutes * 60_000);
  const local = new Intl.DateTimeFormat("en-GB", { timeZone: context.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(dueAt);
  const state: JobState = { occursAt: dueAt, dueAt, dayKey: request.dayKey, time: local, attempt: 0, delivered: [], lastError: null };
  const jobId = snoozeJobId(request.habitId, request.dayKey);
  const done = await withTransitionRetry(jobId, async () => {
    const job = await readJob(jobId);
    return job ? transitionJob(job, state, "snooze", new Date()) : createJob({ _id: jobId, kind: "snooze", userId, habitId: habit._id }, state);
  });
  if (!done) throw new AppError("CONFLICT", "The reminder is being sent right now; try again in a moment.");
  return { dueAt };
}
