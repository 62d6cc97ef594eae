import "server-only";
import { ZDecideProposalRequestSchema, ZProposalView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { decideProposal } from "@/server/nutrition/proposal-service";

/** A member without a trainer accepts (possibly edited) or declines proposed targets. */
export const decideProposalProcedure = protectedProcedure
  .input(ZDecideProposalRequestSchema)
  .output(ZProposalView)
  .mutation(async ({ ctx, input }) => {
    const proposal = await decideProposal(ctx.user, ctx.user.id, input);
    await recordAudit(ctx.actor, { action: `nutrition_proposal.${input.decision}`, subjectType: "nutrition_proposal", subjectId: input.proposalId, targetUserId: ctx.user.id });
    return proposal;
  });
