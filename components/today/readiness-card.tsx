"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { EvidenceTable } from "@/components/progress/insights/evidence-table";
import type { WeightUnit } from "@/lib/units";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TReadinessPreview, TReadinessTodayView } from "@/lib/schemas/readiness";

const levelStyles: Record<"green" | "amber" | "red", string> = {
  green: "bg-emerald-100 text-emerald-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
};
const levelWords = { green: "Green", amber: "Amber", red: "Red" } as const;

function Preview({ preview }: { preview: TReadinessPreview }) {
  return (
    <div className="mt-3 rounded-xl bg-slate-50 px-3 py-2 text-sm text-slate-800">
      <p>{preview.summary}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="What changes">
        {preview.entries.map((entry, index) => (
          <li key={index}>
            <span className="font-medium">{entry.exerciseName}:</span> {entry.change}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Today's readiness (from the member's stored insights) with its reason and numbers; on amber or red,
 * the lighter version of today's program day with a preview of what changes. When the member's trainer
 * requires approval, the request waits and the card says so.
 */
export function ReadinessCard({ weightUnit }: { weightUnit: WeightUnit }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const today = useQuery(trpc.readiness.today.queryOptions());
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.readiness.today.queryKey() });
    // Today's workout card shows the lighter day name from the server page.
    router.refresh();
  };
  const accept = useMutation(trpc.readiness.accept.mutationOptions({ onSuccess: refresh }));
  const undo = useMutation(trpc.readiness.undo.mutationOptions({ onSuccess: refresh }));

  if (today.isError) return <Alert>{messageOf(today.error)}</Alert>;
  const view = today.data;
  if (!view?.readiness) return null;
  const { readiness } = view;
  const busy = accept.isPending || undo.isPending;

  return (
    <section className="card" aria-labelledby="readiness-today">
      <div className="flex items-center justify-between gap-3">
        <h2 id="readiness-today" className="text-lg font-semibold">
          Readiness today
        </h2>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${levelStyles[readiness.level]}`}>{levelWords[readiness.level]}</span>
      </div>
      <p className="mt-2 font-medium text-slate-900">{readiness.title}</p>
      {readiness.body ? <p className="mt-1 text-sm text-slate-700">{readiness.body}</p> : null}
      {readiness.evidence.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">The numbers behind it</summary>
          <div className="mt-2">
            <EvidenceTable evidence={readiness.evidence} weightUnit={weightUnit} caption={`Why your readiness is ${readiness.level}`} />
          </div>
        </details>
      ) : null}
      <Adjustment view={view} busy={busy} onAccept={(kind) => accept.mutate({ dayKey: view.dayKey, kind })} onUndo={() => undo.mutate({ dayKey: view.dayKey })} />
      {accept.isError ? <div className="mt-3"><Alert>{messageOf(accept.error)}</Alert></div> : null}
      {undo.isError ? <div className="mt-3"><Alert>{messageOf(undo.error)}</Alert></div> : null}
    </section>
  );
}

function Adjustment({ view, busy, onAccept, onUndo }: { view: TReadinessTodayView; busy: boolean; onAccept: (kind: "reduce" | "swap") => void; onUndo: () => void }) {
  const { proposal, adjustment, workout } = view;
  if (!workout || !proposal) return null;
  const status = adjustment?.status ?? null;
  const label = proposal.kind === "reduce" ? "lighter version" : "easy version";

  if (workout.started) {
    return (
      <p className="mt-3 text-sm text-slate-700">
        {status === "applied" || status === "approved" ? `Today's workout started as the ${label}.` : "Today's workout has started."}
      </p>
    );
  }
  if (status === "declined") {
    return (
      <div className="mt-3">
        <Alert tone="info">Your trainer kept today&apos;s full session. Message them if you want to talk it through.</Alert>
      </div>
    );
  }
  if (status === "applied" || status === "approved") {
    return (
      <div className="mt-3 space-y-2">
        <Alert tone="success">
          {status === "approved" ? `Your trainer approved the ${label}. ` : ""}Today&apos;s workout is the {label}.
        </Alert>
        <Preview preview={proposal} />
        <button type="button" className="btn-secondary" disabled={busy} onClick={onUndo}>
          Back to the full session
        </button>
      </div>
    );
  }
  if (status === "pending_approval") {
    return (
      <div className="mt-3 space-y-2">
        <Alert tone="info">Waiting for your trainer to approve the {label}. Until then, today&apos;s workout is the full session.</Alert>
        <Preview preview={proposal} />
        <button type="button" className="btn-secondary" disabled={busy} onClick={onUndo}>
          Withdraw the request
        </button>
      </div>
    );
  }
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-900">Suggested: the {label} of {workout.dayName}</p>
      <Preview preview={proposal} />
      {view.requiresApproval ? <p className="mt-2 text-xs text-slate-600">Your trainer reviews this before it applies.</p> : null}
      <button type="button" className="btn-primary mt-3" disabled={busy} onClick={() => onAccept(proposal.kind)}>
        {proposal.kind === "reduce" ? "Use the lighter version" : "Use the easy version"}
      </button>
    </div>
  );
}
