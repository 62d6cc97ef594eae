"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { AdjustmentRequest } from "./adjustment-request";

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
  const setPolicy = useMutation(
    trpc.readiness.setPolicy.mutationOptions({
      onSuccess: (policy) => {
        // The answer is the new policy: show it at once, then read the rest again.
        queryClient.setQueryData(trpc.readiness.client.queryKey({ clientId }), (current) => (current ? { ...current, requireApproval: policy.requireApproval } : current));
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.readiness.client.queryKey({ clientId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.readiness.pending.queryKey() }),
        ]);
      },
    }),
  );

  const data = view.data;
  const today = data?.today ?? null;
  // While the change is on its way, the box shows what the trainer asked for, not the old value.
  const requireApproval = setPolicy.isPending ? setPolicy.variables.requireApproval : data?.requireApproval;

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
              checked={requireApproval ?? false}
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
              <AdjustmentRequest request={today} title={`Today (${formatDayKey(today.dayKey)})`} />
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
