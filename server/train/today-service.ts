import "server-only";
import { Types } from "mongoose";
import type { TProgramContent } from "@/lib/schemas/program";
import type { TTodayPlan } from "@/lib/schemas/workout";
import { dayKeyOf } from "@/lib/dates/day-key";
import { scheduledDay } from "@/lib/train/schedule";
import type { SessionUser } from "@/server/users/user-service";
import { findVisibleExercises, toExerciseBrief } from "./exercise-service";
import { memberTrainingContext } from "./member-context";
import { prescribeDay } from "./prescription-service";
import { applyReadinessAdjustment, lighterLabel } from "@/server/readiness/lighter-plan";
import { findActiveProgram } from "./program-service";
import { WorkoutSessionModel } from "./workout-session-model";

/** What the member's program schedules today (in their zone), with targets and why. */
export async function todayPlan(actor: Pick<SessionUser, "id">, now = new Date()): Promise<TTodayPlan> {
  const member = await memberTrainingContext(actor.id);
  const dayKey = dayKeyOf(now, member.timeZone);
  const userId = new Types.ObjectId(actor.id);
  const active = await WorkoutSessionModel.findOne({ userId, status: "active" }).sort({ startedAt: -1 }).select({ _id: 1 }).lean();
  const activeSessionId = active ? String(active._id) : null;
  const found = await findActiveProgram(actor.id);
  if (!found) return { dayKey, program: null, schedule: { status: "no_program" }, activeSessionId };

  const weeks = found.program.weeks as TProgramContent["weeks"];
  const program = { id: String(found.program._id), name: found.program.name, startDate: found.startDate, weekCount: weeks.length };
  const schedule = scheduledDay(weeks, found.startDate, dayKey);
  if (schedule.status !== "training") return { dayKey, program, schedule, activeSessionId };

  const day = weeks[schedule.weekIndex].days[schedule.dayIndex];
  const exercises = await findVisibleExercises(actor, day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId)));
  // An accepted (and, where the trainer requires it, approved) readiness adjustment makes it lighter.
  const adjusted = await applyReadinessAdjustment(member, dayKey, { programId: program.id, weekIndex: schedule.weekIndex, dayIndex: schedule.dayIndex }, await prescribeDay(member, day, exercises), exercises);
  const planned = adjusted.planned;
  const started = await WorkoutSessionModel.findOne({
    userId,
    dayKey,
    programId: found.program._id,
    programWeek: schedule.weekIndex,
    programDay: schedule.dayIndex,
  })
    .select({ _id: 1 })
    .lean();
  return {
    dayKey,
    program,
    schedule: {
      ...schedule,
      dayName: adjusted.lighter ? `${day.name} · ${lighterLabel(adjusted.lighter)}` : day.name,
      // Every planned entry is kept, in order: the phone derives entry ids from the position.
      entries: planned.map((entry) => ({
        exercise: toExerciseBrief(exercises.get(entry.exerciseId), entry.exerciseId),
        groupId: entry.groupId,
        restSeconds: entry.restSeconds,
        prescription: entry.prescription,
      })),
      sessionId: started ? String(started._id) : null,
    },
    activeSessionId,
  };
}
