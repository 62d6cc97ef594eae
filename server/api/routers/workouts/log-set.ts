import "server-only";
import { ZLogSetRequestSchema, ZLogSetResultSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { logSet } from "@/server/train/set-service";

/** Logs one set and reports the records it broke. Idempotent on the client-made set id. Training data is health data: every call is audited. */
export const logSetProcedure = protectedProcedure
  .input(ZLogSetRequestSchema)
  .output(ZLogSetResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await logSet(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.log_set", subjectType: "workout", subjectId: input.setId, targetUserId: ctx.user.id });
    return result;
  });
