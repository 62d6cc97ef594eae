"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerAdjustmentView } from "@/lib/schemas/readiness";
import { AdjustmentRequest, kindWordOf } from "./adjustment-request";

/**
 * "Waiting for your approval": clients' reduced sessions that need the trainer's yes or no, oldest first,
 * each with Approve / Decline. Renders nothing when none wait (and no decision was just made here).
 * `initial` is the server's read (null when it failed: the section asks again itself).
 */
export function PendingApprovals({ initial }: { initial: TTrainerAdjustmentView[] | null }) {
  const trpc = useTRPC();
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [decided, setDecided] = useState<TTrainerAdjustmentView | null>(null);
  const pending = useQuery({ ...trpc.readiness.pending.queryOptions(), initialData: initial ?? undefined, staleTime: 60_000 });
  const requests = pending.data ?? [];

  function onDecided(request: TTrainerAdjustmentView) {
    setDecided(request);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  if (requests.length === 0 && !decided && !pending.isError) return null;
  return (
    <section className="space-y-3" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        Waiting for your approval
      </h2>
      <div ref={statusRef} tabIndex={-1} className="focus:outline-none" aria-live="polite">
        {decided ? (
          <Alert tone="success">
            {decided.status === "approved" ? "Approved" : "Declined"} the {kindWordOf(decided)} for {decided.clientName} on {formatDayKey(decided.dayKey)}.
            {decided.status === "declined" ? " They keep the full session." : ""}
          </Alert>
        ) : null}
      </div>
      {pending.isError ? <Alert>{messageOf(pending.error)}</Alert> : null}
      {requests.length > 0 ? (
        <ul className="space-y-3" aria-label="Reduced sessions waiting for your approval">
          {requests.map((request) => (
            <li key={`${request.clientId}:${request.dayKey}`} className="card">
              <AdjustmentRequest
                request={request}
                onDecided={onDecided}
                title={
                  <>
                    <Link href={`/trainer/clients/${request.clientId}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {request.clientName}
                    </Link>
                    , {formatDayKey(request.dayKey)}
                  </>
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
