import "server-only";
import { ZReorderEntriesRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { reorderEntries } from "@/server/train/workout-service";

/** Puts the exercises in a new order. Training data is health data: every call is audited. */
export const reorderEntriesProcedure = protectedProcedure
  .input(ZReorderEntriesRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await reorderEntries(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.reorder", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
