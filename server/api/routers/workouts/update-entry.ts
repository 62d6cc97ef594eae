import "server-only";
import { ZUpdateEntryRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateEntry } from "@/server/train/workout-service";

/** An exercise's notes and rest time in this workout. Training data is health data: every call is audited. */
export const updateEntryProcedure = protectedProcedure
  .input(ZUpdateEntryRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateEntry(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.update_exercise", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
