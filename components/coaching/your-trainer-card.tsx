"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric" });

/** Settings: who coaches the member, and ending it (asks once more before it does). */
export function YourTrainerCard() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const trainer = useQuery(trpc.coaching.myTrainer.queryOptions());
  const [confirming, setConfirming] = useState(false);
  const [endedWith, setEndedWith] = useState<string | null>(null);
  const end = useMutation(
    trpc.coaching.end.mutationOptions({
      onSuccess: () => {
        setEndedWith(trainer.data?.name ?? "your trainer");
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.coaching.pathKey() });
        router.refresh();
      },
    }),
  );

  return (
    <section className="card space-y-3" aria-labelledby="trainer-heading">
      <h2 id="trainer-heading" className="text-lg font-semibold">
        Your trainer
      </h2>
      {endedWith ? <Alert tone="success">Coaching with {endedWith} has ended.</Alert> : null}
      {end.error ? <Alert>{messageOf(end.error)}</Alert> : null}
      {trainer.isPending ? (
        <p className="text-sm text-slate-600">Loading…</p>
      ) : trainer.data ? (
        <>
          <p>
            <span className="font-semibold">{trainer.data.name}</span>
            <span className="block text-sm text-slate-600">
              {trainer.data.email} · since {dateFormat.format(trainer.data.since)}
            </span>
          </p>
          <p className="text-sm text-slate-600">
            Your trainer sees your training and habits and can plan them with you. Ending coaching stops that at once; what you logged stays yours.
          </p>
          {confirming ? (
            <ConfirmPanel
              label="Confirm ending coaching"
              error={null}
              pending={end.isPending}
              confirm={["Yes, end coaching", "Ending…"]}
              cancel="Keep my trainer"
              onConfirm={() => end.mutate()}
              onCancel={() => setConfirming(false)}
            >
              End coaching with {trainer.data.name}? Their habit programs for you end too. You can accept a new invitation later.
            </ConfirmPanel>
          ) : (
            <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
              End coaching
            </button>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-600">You do not have a trainer. When a trainer invites you, the invitation shows on your Today page.</p>
      )}
    </section>
  );
}
