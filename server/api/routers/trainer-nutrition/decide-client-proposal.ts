import "server-only";
import { ZClientDecideProposalRequestSchema, ZProposalView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { decideProposal } from "@/server/nutrition/proposal-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** The trainer approves (as proposed or edited) or declines a client's proposed targets. */
export const decideClientProposalProcedure = trainerProcedure
  .input(ZClientDecideProposalRequestSchema)
  .output(ZProposalView)
  .mutation(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    const proposal = await decideProposal(ctx.user, input.clientId, input);
    await recordAudit(ctx.actor, { action: `nutrition_proposal.${input.decision}`, subjectType: "nutrition_proposal", subjectId: input.proposalId, targetUserId: input.clientId, meta: onBehalf });
    return proposal;
  });
