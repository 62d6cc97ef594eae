"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ProposalCard } from "@/components/eat/targets/proposal-card";
import { TargetsEditor } from "@/components/eat/targets/targets-editor";
import { Alert } from "@/components/ui/alert";
import type { TProposalView } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";

/** The trainer's review of a client's proposed targets: approve as proposed, edit & approve (with a note), or decline. */
export function TrainerProposal({ clientId, clientName, proposal, onDecided }: { clientId: string; clientName: string; proposal: TProposalView; onDecided: (message: string) => void }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const decide = useMutation(
    trpc.trainerNutrition.decide.mutationOptions({
      onSuccess: (decided) => {
        setEditing(false);
        onDecided(decided.status === "accepted" ? `New targets approved for ${clientName}.` : `Proposal declined; ${clientName}'s targets stay as they were.`);
      },
    }),
  );
  return (
    <ProposalCard proposal={proposal} title="Proposed targets to review" level={3}>
      {decide.error && !editing ? <Alert>{messageOf(decide.error)}</Alert> : null}
      {editing ? (
        <TargetsEditor
          idPrefix="approve"
          ariaLabel="Edit the proposed targets"
          initial={proposal.proposed}
          withNote
          submitLabel="Approve edited targets"
          pending={decide.isPending}
          error={decide.error}
          onSubmit={(edit) => decide.mutate({ clientId, proposalId: proposal.id, decision: "accept", targets: edit.targets, note: edit.note })}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" disabled={decide.isPending} onClick={() => decide.mutate({ clientId, proposalId: proposal.id, decision: "accept", note: "" })}>
            Approve
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              decide.reset();
              setEditing(true);
            }}
          >
            Edit &amp; approve
          </button>
          <button type="button" className="btn-secondary" disabled={decide.isPending} onClick={() => decide.mutate({ clientId, proposalId: proposal.id, decision: "decline", note: "" })}>
            Decline
          </button>
        </div>
      )}
    </ProposalCard>
  );
}
