import "server-only";
import { ZClientTargetsSetupRequestSchema, ZTargetsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { targetsView } from "@/server/nutrition/proposal-service";
import { setupTargets } from "@/server/nutrition/targets-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** Recalculates a client's targets from their profile with the activity and training days the trainer chose. */
export const setupClientTargetsProcedure = trainerProcedure
  .input(ZClientTargetsSetupRequestSchema)
  .output(ZTargetsView)
  .mutation(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    const { clientId, ...setup } = input;
    await setupTargets(ctx.user, clientId, setup);
    await recordAudit(ctx.actor, { action: "nutrition_targets.setup", subjectType: "nutrition_plan", subjectId: clientId, targetUserId: clientId, meta: onBehalf });
    return targetsView(ctx.user, clientId);
  });
