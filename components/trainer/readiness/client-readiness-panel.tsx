"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerAdjustmentView } from "@/lib/schemas/readiness";

const statusWords: Record<TTrainerAdjustmentView["status"], string> = {
  applied: "using the lighter version today",
  pending_approval: "waiting for your approval",
  approved: "approved by you",
  declined: "declined by you: full session today",
  withdrawn: "back on the full session",
};

/**
 * A client's readiness-adjusted workouts, for the trainer's client page: whether a reduced session
 * needs the trainer's approval, and today's request with Approve / Decline when it waits.
 */
export function ClientReadinessPanel({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toggleId = useId();
  const hintId = useId();
  const view = useQuery(trpc.readiness.client.queryOptions({ clientId }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.readiness.client.queryKey({ clientId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.readiness.pending.queryKey() }),
    ]);
  const setPolicy = useMutation(trpc.readiness.setPolicy.mutationOptions({ onSuccess: refresh }));
  const decide = useMutation(trpc.readiness.decide.mutationOptions({ onSuccess: refresh }));

  const data = view.data;
  const today = data?.today ?? null;
  const kindWord = today?.kind === "swap" ? "easy version" : "lighter version";

  return (
    <section className="card space-y-3" aria-labelledby="client-readiness">
      <h2 id="client-readiness" className="text-lg font-semibold">
        Readiness adjustments
      </h2>
      {view.isError ? <Alert>{messageOf(view.error)}</Alert> : null}
      {data ? (
        <>
          <div className="flex items-start gap-3">
            <input
              id={toggleId}
              type="checkbox"
              className="mt-0.5 h-5 w-5 rounded border-slate-400 accent-brand-600"
              aria-describedby={hintId}
              checked={data.requireApproval}
              disabled={setPolicy.isPending}
              onChange={(event) => setPolicy.mutate({ clientId, requireApproval: event.target.checked })}
            />
            <div>
              <label htmlFor={toggleId} className="font-medium text-slate-900">
                Reduced sessions need my approval
              </label>
              <p id={hintId} className="text-sm text-slate-600">
                When your client&apos;s readiness is amber or red they can choose a lighter session. With this on, it waits for you.
              </p>
            </div>
          </div>
          {setPolicy.isError ? <Alert>{messageOf(setPolicy.error)}</Alert> : null}
          {today ? (
            <div className="rounded-xl border border-slate-200 p-3">
              <p className="text-sm font-medium text-slate-900">
                Today ({today.dayKey}): {kindWord}, {statusWords[today.status]}
                {today.readiness ? ` · readiness ${today.readiness}` : ""}
              </p>
              <p className="mt-1 text-sm text-slate-700">{today.preview.summary}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700" aria-label="What changes">
                {today.preview.entries.map((entry, index) => (
                  <li key={index}>
                    <span className="font-medium">{entry.exerciseName}:</span> {entry.change}
                  </li>
                ))}
              </ul>
              {today.status === "pending_approval" ? (
                <div className="mt-3 flex flex-wrap gap-2">
                  <button type="button" className="btn-primary" disabled={decide.isPending} onClick={() => decide.mutate({ clientId, dayKey: today.dayKey, approve: true })}>
                    Approve
                  </button>
                  <button type="button" className="btn-secondary" disabled={decide.isPending} onClick={() => decide.mutate({ clientId, dayKey: today.dayKey, approve: false })}>
                    Decline
                  </button>
                </div>
              ) : null}
              {decide.isError ? <div className="mt-2"><Alert>{messageOf(decide.error)}</Alert></div> : null}
            </div>
          ) : (
            <p className="text-sm text-slate-600">No lighter-session request today.</p>
          )}
        </>
      ) : view.isPending ? (
        <p className="text-sm text-slate-600">Loading…</p>
      ) : null}
    </section>
  );
}
