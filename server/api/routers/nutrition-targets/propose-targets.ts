import "server-only";
import { z } from "zod";
import { ZProposalView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { proposeFromEstimate } from "@/server/nutrition/proposal-service";

/** Runs the adaptive estimate now and files a proposal when the data supports one. */
export const proposeTargetsProcedure = protectedProcedure
  .input(z.void())
  .output(z.object({ created: z.boolean(), message: z.string(), proposal: ZProposalView.nullable() }))
  .mutation(async ({ ctx }) => {
    const outcome = await proposeFromEstimate(ctx.user.id);
    await recordAudit(ctx.actor, { action: "nutrition_targets.estimate", subjectType: "nutrition_plan", subjectId: outcome.proposal?.id ?? null, targetUserId: ctx.user.id, meta: { created: outcome.created } });
    return outcome;
  });
