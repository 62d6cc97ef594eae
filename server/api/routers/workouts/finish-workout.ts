import "server-only";
import { ZFinishWorkoutRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { finishWorkout } from "@/server/train/workout-service";

/** Finishes the workout with its RPE and duration; replaying it changes nothing more. Training data is health data: every call is audited. */
export const finishWorkoutProcedure = protectedProcedure
  .input(ZFinishWorkoutRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await finishWorkout(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.finish", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
