import "server-only";
import { z } from "zod";
import { ZClientNutritionRequestSchema, ZProposalView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { proposeFromEstimate } from "@/server/nutrition/proposal-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** Runs a client's adaptive estimate now (it also runs nightly). */
export const proposeClientTargetsProcedure = trainerProcedure
  .input(ZClientNutritionRequestSchema)
  .output(z.object({ created: z.boolean(), message: z.string(), proposal: ZProposalView.nullable() }))
  .mutation(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    const outcome = await proposeFromEstimate(input.clientId);
    await recordAudit(ctx.actor, { action: "nutrition_targets.estimate", subjectType: "nutrition_plan", subjectId: outcome.proposal?.id ?? null, targetUserId: input.clientId, meta: { ...onBehalf, created: outcome.created } });
    return outcome;
  });
