import "server-only";
import { ZLogWeightRequestSchema, ZWeightHistoryView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { logWeight } from "@/server/nutrition/body-weight-service";

/** Logs the day's weigh-in in kg (the form converts from lb); the day's last weigh-in counts. */
export const logWeightProcedure = protectedProcedure
  .input(ZLogWeightRequestSchema)
  .output(ZWeightHistoryView)
  .mutation(async ({ ctx, input }) => {
    const history = await logWeight(ctx.user, input.dayKey, input.kg);
    await recordAudit(ctx.actor, { action: "body_weight.log", subjectType: "body_weight", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return history;
  });
