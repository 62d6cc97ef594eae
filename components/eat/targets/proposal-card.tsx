import type { ReactNode } from "react";
import { nutrientKeys } from "@/lib/nutrition/nutrients";
import type { TProposalView } from "@/lib/schemas/nutrition";
import { Heading } from "./heading";
import { formatDate } from "./targets-format";
import { TargetsTable } from "./targets-table";

/**
 * A pending proposal: the proposed targets for each kind of day with the change from the current ones,
 * and the reasoning behind them. What can be done about it (accept, approve, wait) comes as children.
 */
export function ProposalCard({ proposal, title, level, children }: { proposal: TProposalView; title: string; level?: 2 | 3; children?: ReactNode }) {
  return (
    <section className="card space-y-3 border-brand-200" aria-labelledby={`proposal-${proposal.id}`}>
      <div>
        <Heading level={level} id={`proposal-${proposal.id}`}>
          {title}
        </Heading>
        <p className="text-sm text-slate-600">Proposed on {formatDate(proposal.createdAt)} from logged food and weigh-ins.</p>
      </div>
      <TargetsTable targets={proposal.proposed} compareTo={proposal.current} caption="Proposed targets, with the change from the current ones" />
      {proposal.reasoning.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Why these numbers</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {proposal.reasoning.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {children}
    </section>
  );
}

/** How a decided proposal ended, in one line. */
export function decisionWords(proposal: TProposalView, viewer: "member" | "trainer"): string {
  const by = proposal.decidedByRole === "trainer" ? (viewer === "member" ? "Your trainer" : "You") : viewer === "member" ? "You" : "Your client";
  const applied = proposal.appliedTargets;
  const edited = applied !== null && (["training", "rest"] as const).some((day) => nutrientKeys.some((key) => applied[day][key] !== proposal.proposed[day][key]));
  if (proposal.status === "accepted") return `${by} accepted the proposed targets${edited ? " with changes" : ""}${proposal.note ? `: “${proposal.note}”` : "."}`;
  if (proposal.status === "declined") return `${by} declined the proposed targets${proposal.note ? `: “${proposal.note}”` : "; the targets stay as they were."}`;
  return "A newer proposal replaced this one.";
}
