import "server-only";
import { Types } from "mongoose";
import { HabitModel, type HabitDoc } from "@/server/habits/habit-model";
import { logger } from "@/server/logging/logger";
import { createJob, habitJobId, readJob, transitionJob, withTransitionRetry } from "./reminder-job-store";
import { planHabitReminder, sameOccurrence } from "./reminder-plan";
import { memberReminderContext } from "./reminder-settings";

/**
 * Re-plans a habit's next regular reminder (`reminder_jobs` `habit:<habitId>`) from its current
 * definition, the member's zone and quiet hours: creates, moves or deletes the job. Idempotent: when
 * the next occurrence is unchanged the job is left alone, and an occurrence that is already due but not
 * yet handled is kept for the scheduler (editing a habit's name at 08:00:10 does not lose 08:00's
 * reminder). Call it after anything that changes when a habit reminds (create, update, archive, pause,
 * assignment); check-ins need no call, the scheduler checks the day when it sends.
 */
export async function syncHabitReminders(habitId: string): Promise<void> {
  if (!Types.ObjectId.isValid(habitId)) return;
  const jobId = habitJobId(habitId);
  const done = await withTransitionRetry(jobId, async () => {
    // The job first, then the habit: the habit read is then never older than the job state compared
    // with it, and a worker that moves the job on after this read makes the transition below lose
    // (and this loop re-plan from what the worker wrote).
    const job = await readJob(jobId);
    const habit = (await HabitModel.findById(habitId).lean()) as (HabitDoc & { _id: Types.ObjectId }) | null;
    const context = habit ? await memberReminderContext(String(habit.userId)) : null;
    const now = new Date();
    const pendingOccurrence = job && job.dayKey && job.occursAt.getTime() <= now.getTime();
    const after = pendingOccurrence ? new Date(job.occursAt.getTime() - 1) : now;
    const desired = habit && context ? planHabitReminder(habit, context, after) : null;
    if (!job) return !desired || !habit || (await createJob({ _id: jobId, kind: "habit", userId: habit.userId, habitId: habit._id }, desired));
    if (desired && sameOccurrence(job, desired)) return true;
    return transitionJob(job, desired, "sync", now);
  });
  if (!done) logger.warn({ job: "reminders", habitId }, "could not re-plan the habit's reminder; the scheduler keeps the previous plan");
}

/** Re-plans every active habit of a member (their time zone or quiet hours changed). */
export async function syncUserReminders(userId: string): Promise<void> {
  if (!Types.ObjectId.isValid(userId)) return;
  // Archived habits have no job (archiving deleted it) and need none.
  const habits = await HabitModel.find({ userId: new Types.ObjectId(userId), archivedAt: null }).select({ _id: 1 }).lean();
  for (const habit of habits) await syncHabitReminders(String(habit._id));
}
