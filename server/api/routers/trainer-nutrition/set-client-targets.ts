import "server-only";
import { ZClientSetTargetsRequestSchema, ZTargetsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { targetsView } from "@/server/nutrition/proposal-service";
import { setTargetsManually } from "@/server/nutrition/targets-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** Sets a client's training-day and rest-day targets by hand. */
export const setClientTargetsProcedure = trainerProcedure
  .input(ZClientSetTargetsRequestSchema)
  .output(ZTargetsView)
  .mutation(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    await setTargetsManually(ctx.user, input.clientId, input);
    await recordAudit(ctx.actor, { action: "nutrition_targets.set", subjectType: "nutrition_plan", subjectId: input.clientId, targetUserId: input.clientId, meta: onBehalf });
    return targetsView(ctx.user, input.clientId);
  });
