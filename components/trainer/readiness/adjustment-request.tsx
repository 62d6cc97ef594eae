"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerAdjustmentView } from "@/lib/schemas/readiness";

export const statusWords: Record<TTrainerAdjustmentView["status"], string> = {
  applied: "using the lighter version today",
  pending_approval: "waiting for your approval",
  approved: "approved by you",
  declined: "declined by you: full session today",
  withdrawn: "back on the full session",
};

export function kindWordOf(request: Pick<TTrainerAdjustmentView, "kind">): string {
  return request.kind === "swap" ? "easy version" : "lighter version";
}

/**
 * One client's reduced-session request as the trainer sees it: a heading line (`title`, given by the
 * caller: "Today (Sun 6 Dec)" on the client's page, the client's name and day in the inbox), the preview
 * summary, the per-exercise changes, and Approve / Decline while it waits. A decision refreshes both
 * `readiness.pending` and this client's `readiness.client`; `onDecided` hears of it.
 */
export function AdjustmentRequest({
  request,
  title,
  onDecided,
}: {
  request: TTrainerAdjustmentView;
  title: ReactNode;
  onDecided?: (decided: TTrainerAdjustmentView) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const decide = useMutation(
    trpc.readiness.decide.mutationOptions({
      onSuccess: (decided) => {
        onDecided?.(decided);
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.readiness.pending.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.readiness.client.queryKey({ clientId: request.clientId }) }),
        ]);
      },
    }),
  );
  const day = formatDayKey(request.dayKey);

  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-900">
        {title}: {kindWordOf(request)}, {statusWords[request.status]}
        {request.readiness ? ` · readiness ${request.readiness}` : ""}
      </p>
      <p className="text-sm text-slate-700">{request.preview.summary}</p>
      {request.preview.entries.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" aria-label={`What changes for ${request.clientName} on ${day}`}>
          {request.preview.entries.map((entry, index) => (
            <li key={`${entry.exerciseName}-${index}`}>
              <span className="font-medium">{entry.exerciseName}:</span> {entry.change}
            </li>
          ))}
        </ul>
      ) : null}
      {request.status === "pending_approval" ? (
        <div className="flex flex-wrap gap-2 pt-1">
          <button
            type="button"
            className="btn-primary"
            disabled={decide.isPending}
            aria-label={`Approve the ${kindWordOf(request)} for ${request.clientName} on ${day}`}
            onClick={() => decide.mutate({ clientId: request.clientId, dayKey: request.dayKey, approve: true })}
          >
            Approve
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={decide.isPending}
            aria-label={`Decline the ${kindWordOf(request)} for ${request.clientName} on ${day}`}
            onClick={() => decide.mutate({ clientId: request.clientId, dayKey: request.dayKey, approve: false })}
          >
            Decline
          </button>
        </div>
      ) : null}
      {decide.isError ? <Alert>{messageOf(decide.error)}</Alert> : null}
    </div>
  );
}
