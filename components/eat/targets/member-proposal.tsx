"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { TTargetsView } from "@/lib/schemas/nutrition";
import { useTRPC } from "@/lib/trpc/react";
import { decisionWords, ProposalCard } from "./proposal-card";
import { ProposalDecision } from "./proposal-decision";

const SEEN_PREFIX = "targets-proposal-seen:";

/**
 * Whether this decided proposal's outcome has been shown before on this device: it is news once, then
 * the current targets and their history tell the story.
 */
function useFirstSight(proposalId: string | null): boolean {
  const [first, setFirst] = useState(false);
  useEffect(() => {
    if (!proposalId) return;
    try {
      if (localStorage.getItem(SEEN_PREFIX + proposalId)) return;
      localStorage.setItem(SEEN_PREFIX + proposalId, "1");
    } catch {
      // No storage (private mode): show it every time rather than never.
    }
    setFirst(true);
  }, [proposalId]);
  return first;
}

/**
 * The member's side of a proposal. Without a trainer: accept, edit then accept, or decline. Coached: it
 * waits for the trainer. A decided proposal shows its outcome once.
 */
export function MemberProposal({ view, onDecided }: { view: TTargetsView; onDecided: () => void }) {
  const trpc = useTRPC();
  const [outcome, setOutcome] = useState<string | null>(null);
  const decide = useMutation(
    trpc.nutritionTargets.decide.mutationOptions({
      onSuccess: (decided) => {
        setOutcome(decisionWords(decided, "member"));
        onDecided();
      },
    }),
  );
  const proposal = view.proposal;
  const decidedId = proposal && proposal.status !== "pending" ? proposal.id : null;
  const firstSight = useFirstSight(decidedId);

  if (outcome) return <Alert tone="success">{outcome}</Alert>;
  if (!proposal) return null;
  if (proposal.status !== "pending") return firstSight ? <Alert tone="info">{decisionWords(proposal, "member")}</Alert> : null;

  if (proposal.approver === "trainer") {
    return (
      <ProposalCard proposal={proposal} title="New targets proposed">
        <p className="rounded-xl bg-slate-50 px-3 py-2 text-sm text-slate-700">Waiting for your trainer&apos;s review.</p>
      </ProposalCard>
    );
  }
  return (
    <ProposalCard proposal={proposal} title="New targets proposed">
      <ProposalDecision
        proposal={proposal}
        idPrefix="accept"
        labels={{ accept: "Accept", edit: "Edit then accept", submitEdited: "Accept these targets" }}
        pending={decide.isPending}
        error={decide.error}
        onDecide={(input) => decide.mutateAsync({ proposalId: proposal.id, ...input })}
        onEditStart={decide.reset}
      />
    </ProposalCard>
  );
}
