import "server-only";
import { z } from "zod";
import { ZExerciseHistoryRequestSchema, ZWorkoutSetSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { exerciseHistory } from "@/server/train/training-analytics";

/** The caller's sets of one exercise, newest first. Training data is health data: every call is audited. */
export const exerciseHistoryProcedure = protectedProcedure
  .input(ZExerciseHistoryRequestSchema)
  .output(z.array(ZWorkoutSetSchema.extend({ dayKey: z.string(), sessionId: z.string() })))
  .query(async ({ ctx, input }) => {
    const result = await exerciseHistory(ctx.user.id, input.exerciseId, input.limit);
    await recordAudit(ctx.actor, { action: "workout.exercise_history", subjectType: "workout", subjectId: input.exerciseId, targetUserId: ctx.user.id });
    return result;
  });
