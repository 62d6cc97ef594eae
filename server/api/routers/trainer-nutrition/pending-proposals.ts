import "server-only";
import { z } from "zod";
import { ZPendingProposalsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { pendingProposalsFor } from "@/server/nutrition/trainer-proposals";

/** Proposed targets waiting for this trainer, across their active clients. */
export const pendingProposalsProcedure = trainerProcedure
  .input(z.void())
  .output(ZPendingProposalsView)
  .query(async ({ ctx }) => {
    const pending = await pendingProposalsFor(ctx.user.id);
    // Each proposal shows a client's intake and weight trend: one row per client whose data was shown.
    for (const row of pending) {
      await recordAudit(ctx.actor, { action: "nutrition_proposal.list", subjectType: "nutrition_proposal", subjectId: row.proposal.id, targetUserId: row.clientId, meta: { onBehalf: true } });
    }
    return pending;
  });
