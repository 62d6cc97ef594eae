import "server-only";
import { ZDayRequestSchema, ZWeightHistoryView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { removeWeight } from "@/server/nutrition/body-weight-service";

export const removeWeightProcedure = protectedProcedure
  .input(ZDayRequestSchema)
  .output(ZWeightHistoryView)
  .mutation(async ({ ctx, input }) => {
    const history = await removeWeight(ctx.user, input.dayKey);
    await recordAudit(ctx.actor, { action: "body_weight.remove", subjectType: "body_weight", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return history;
  });
