import "server-only";
import { ZTargetsSetupRequestSchema, ZTargetsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { targetsView } from "@/server/nutrition/proposal-service";
import { setupTargets } from "@/server/nutrition/targets-service";

/** Calculates targets from the profile (Mifflin–St Jeor), activity level, goal and training days. */
export const setupTargetsProcedure = protectedProcedure
  .input(ZTargetsSetupRequestSchema)
  .output(ZTargetsView)
  .mutation(async ({ ctx, input }) => {
    await setupTargets(ctx.user, ctx.user.id, input);
    await recordAudit(ctx.actor, { action: "nutrition_targets.setup", subjectType: "nutrition_plan", subjectId: ctx.user.id, targetUserId: ctx.user.id });
    return targetsView(ctx.user, ctx.user.id);
  });
