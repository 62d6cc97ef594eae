import "server-only";
import { ZUpdateSetRequestSchema, ZWorkoutSetSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateSet } from "@/server/train/set-service";

/** Edits a logged set; records are rebuilt from history. Training data is health data: every call is audited. */
export const updateSetProcedure = protectedProcedure
  .input(ZUpdateSetRequestSchema)
  .output(ZWorkoutSetSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateSet(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.update_set", subjectType: "workout", subjectId: input.setId, targetUserId: ctx.user.id });
    return result;
  });
