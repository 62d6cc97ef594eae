"use client";

import { useMutation } from "@tanstack/react-query";
import { ProposalCard } from "@/components/eat/targets/proposal-card";
import { ProposalDecision } from "@/components/eat/targets/proposal-decision";
import type { TProposalView } from "@/lib/schemas/nutrition";
import { useTRPC } from "@/lib/trpc/react";

/** The trainer's review of a client's proposed targets: approve as proposed, edit & approve (with a note), or decline. */
export function TrainerProposal({ clientId, clientName, proposal, onDecided }: { clientId: string; clientName: string; proposal: TProposalView; onDecided: (message: string) => void }) {
  const trpc = useTRPC();
  const decide = useMutation(
    trpc.trainerNutrition.decide.mutationOptions({
      onSuccess: (decided) => {
        onDecided(decided.status === "accepted" ? `New targets approved for ${clientName}.` : `Proposal declined; ${clientName}'s targets stay as they were.`);
      },
    }),
  );
  return (
    <ProposalCard proposal={proposal} title="Proposed targets to review" level={3}>
      <ProposalDecision
        proposal={proposal}
        idPrefix="approve"
        labels={{ accept: "Approve", edit: "Edit & approve", submitEdited: "Approve edited targets" }}
        pending={decide.isPending}
        error={decide.error}
        onDecide={(input) => decide.mutateAsync({ clientId, proposalId: proposal.id, ...input })}
        onEditStart={decide.reset}
      />
    </ProposalCard>
  );
}
