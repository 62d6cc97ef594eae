import "server-only";
import { ZPushSubscribeRequestSchema, ZPushSubscribeResultSchema } from "@/lib/schemas/push";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { subscribe } from "@/server/push/push-service";

/** Stores this device's push subscription for the caller (upsert by endpoint). */
export const subscribeProcedure = protectedProcedure
  .input(ZPushSubscribeRequestSchema)
  .output(ZPushSubscribeResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await subscribe(ctx.user.id, input);
    await recordAudit(ctx.actor, { action: "push.subscribe", subjectType: "push_subscription", subjectId: result.id, targetUserId: ctx.user.id });
    return result;
  });
