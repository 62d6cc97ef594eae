import "server-only";
import { ZSessionIdRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { getWorkout } from "@/server/train/workout-service";

/** One workout with its exercises, sets, targets and last performance. Training data is health data: every call is audited. */
export const getWorkoutProcedure = protectedProcedure
  .input(ZSessionIdRequestSchema)
  .output(ZWorkoutSessionSchema)
  .query(async ({ ctx, input }) => {
    const result = await getWorkout(ctx.user, input.sessionId);
    await recordAudit(ctx.actor, { action: "workout.read", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
