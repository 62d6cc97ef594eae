import "server-only";
import { ZAddExerciseRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { addExercise } from "@/server/train/workout-service";

/** Adds an exercise mid-session. Idempotent on the client-made entry id. Training data is health data: every call is audited. */
export const addExerciseProcedure = protectedProcedure
  .input(ZAddExerciseRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await addExercise(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.add_exercise", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
