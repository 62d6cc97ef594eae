import "server-only";
import { ZPushRemoveDeviceRequestSchema, ZPushUnsubscribeResultSchema } from "@/lib/schemas/push";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { removeDevice } from "@/server/push/push-service";

/** Removes one of the caller's devices from the Settings device list (another device than this one). */
export const removeDeviceProcedure = protectedProcedure
  .input(ZPushRemoveDeviceRequestSchema)
  .output(ZPushUnsubscribeResultSchema)
  .mutation(async ({ ctx, input }) => {
    const audit = (outcome: "success" | "failure") =>
      recordAudit(ctx.actor, { action: "push.unsubscribe", subjectType: "push_subscription", subjectId: input.id, targetUserId: ctx.user.id, outcome });
    try {
      await removeDevice(ctx.user.id, input.id);
    } catch (error) {
      await audit("failure");
      throw error;
    }
    await audit("success");
    return { removed: true };
  });
