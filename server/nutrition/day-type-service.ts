import "server-only";
import { Types } from "mongoose";
import type { TProgramContent } from "@/lib/schemas/program";
import { scheduledDay } from "@/lib/train/schedule";
import { findActiveProgram } from "@/server/train/program-service";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";

export type DayType = { type: "training" | "rest"; reason: string };

/**
 * Training or rest day for each of `dayKeys`: a day with a logged workout, or one the member's active
 * program schedules, is a training day (it gets the training-day targets).
 */
export async function dayTypesOf(memberId: string, dayKeys: readonly string[]): Promise<Map<string, DayType>> {
  const userId = new Types.ObjectId(memberId);
  const logged = new Set(
    (await WorkoutSessionModel.find({ userId, dayKey: { $in: [...dayKeys] } }).select({ dayKey: 1 }).lean()).map((session) => session.dayKey),
  );
  const active = await findActiveProgram(memberId);
  const weeks = active ? (active.program.weeks as TProgramContent["weeks"]) : null;
  return new Map(
    dayKeys.map((dayKey): [string, DayType] => {
      if (logged.has(dayKey)) return [dayKey, { type: "training", reason: "You logged a workout this day." }];
      if (active && weeks && scheduledDay(weeks, active.startDate, dayKey).status === "training") {
        return [dayKey, { type: "training", reason: `${active.program.name} has a workout this day.` }];
      }
      return [dayKey, { type: "rest", reason: "No workout logged or scheduled this day." }];
    }),
  );
}
