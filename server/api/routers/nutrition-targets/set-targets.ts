import "server-only";
import { ZSetTargetsRequestSchema, ZTargetsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { targetsView } from "@/server/nutrition/proposal-service";
import { setTargetsManually } from "@/server/nutrition/targets-service";

/** Targets typed in by the member (refused for a coached member: their trainer sets them). */
export const setTargetsProcedure = protectedProcedure
  .input(ZSetTargetsRequestSchema)
  .output(ZTargetsView)
  .mutation(async ({ ctx, input }) => {
    await setTargetsManually(ctx.user, ctx.user.id, input);
    await recordAudit(ctx.actor, { action: "nutrition_targets.set", subjectType: "nutrition_plan", subjectId: ctx.user.id, targetUserId: ctx.user.id });
    return targetsView(ctx.user, ctx.user.id);
  });
