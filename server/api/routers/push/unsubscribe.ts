import "server-only";
import { ZPushUnsubscribeRequestSchema, ZPushUnsubscribeResultSchema } from "@/lib/schemas/push";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { subscriptionIdOf, unsubscribe } from "@/server/push/push-service";

/** Removes the caller's own subscription for an endpoint (this device opting out). */
export const unsubscribeProcedure = protectedProcedure
  .input(ZPushUnsubscribeRequestSchema)
  .output(ZPushUnsubscribeResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await unsubscribe(ctx.user.id, input.endpoint);
    await recordAudit(ctx.actor, {
      action: "push.unsubscribe",
      subjectType: "push_subscription",
      subjectId: subscriptionIdOf(input.endpoint),
      targetUserId: ctx.user.id,
      outcome: result.removed ? "success" : "failure",
    });
    return result;
  });
