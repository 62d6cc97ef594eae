import Link from "next/link";
import { formatDate, formatDifference, formatNumber } from "@/components/eat/targets/targets-format";
import type { z } from "zod";
import type { ZPendingProposalsView } from "@/lib/schemas/nutrition";

type Pending = z.infer<typeof ZPendingProposalsView>;

/** The trainer overview's list of clients whose proposed targets wait for a decision, oldest first. */
export function TargetsToReview({ pending }: { pending: Pending }) {
  return (
    <section className="card space-y-3" aria-labelledby="targets-review-heading">
      <h2 id="targets-review-heading" className="font-semibold">
        Targets to review {pending.length > 0 ? <span className="text-slate-600">({pending.length})</span> : null}
      </h2>
      {pending.length === 0 ? (
        <p className="text-sm text-slate-600">No proposed nutrition targets are waiting for you.</p>
      ) : (
        <ul className="space-y-3">
          {pending.map(({ clientId, clientName, proposal }) => (
            <li key={proposal.id} className="space-y-1">
              <Link href={`/trainer/clients/${clientId}#nutrition-heading`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {clientName}
              </Link>
              <p className="text-sm text-slate-700">
                Training {formatNumber(proposal.proposed.training.energyKcal)} kcal, rest {formatNumber(proposal.proposed.rest.energyKcal)} kcal
                {proposal.current ? ` (${formatDifference(proposal.current.rest.energyKcal, proposal.proposed.rest.energyKcal, "kcal")} on rest days)` : ""} · proposed{" "}
                {formatDate(proposal.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
