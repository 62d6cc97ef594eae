import "server-only";
import { ZUpdateSessionRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateSessionDetails } from "@/server/train/workout-service";

/** Name, notes, session RPE and duration (session load follows). Training data is health data: every call is audited. */
export const updateDetailsProcedure = protectedProcedure
  .input(ZUpdateSessionRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateSessionDetails(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.update", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
