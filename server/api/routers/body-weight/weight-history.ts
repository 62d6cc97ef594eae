import "server-only";
import { ZWeightHistoryRequestSchema, ZWeightHistoryView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { weightHistory } from "@/server/nutrition/body-weight-service";

/** The caller's weigh-ins with the smoothed trend and its weekly change. */
export const weightHistoryProcedure = protectedProcedure
  .input(ZWeightHistoryRequestSchema)
  .output(ZWeightHistoryView)
  .query(async ({ ctx, input }) => {
    const history = await weightHistory(ctx.user, input.days);
    await recordAudit(ctx.actor, { action: "body_weight.read", subjectType: "body_weight", subjectId: null, targetUserId: ctx.user.id });
    return history;
  });
