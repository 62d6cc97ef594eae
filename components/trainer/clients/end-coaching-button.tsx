"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { useTRPC } from "@/lib/trpc/react";

/**
 * The trainer ends coaching with this client (asks once more first). Access ends at once, so on success
 * the page is left for the roster: the client page would now be FORBIDDEN.
 */
export function EndCoachingButton({ clientId, clientName }: { clientId: string; clientName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const end = useMutation(
    trpc.trainerClients.end.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.trainerClients.pathKey() });
        router.push("/trainer/clients");
        router.refresh();
      },
    }),
  );

  if (!confirming) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
        End coaching
      </button>
    );
  }
  return (
    <ConfirmPanel
      label={`Confirm ending coaching with ${clientName}`}
      error={end.error}
      pending={end.isPending}
      confirm={["Yes, end coaching", "Ending…"]}
      cancel="Keep coaching"
      onConfirm={() => end.mutate({ clientId })}
      onCancel={() => setConfirming(false)}
    >
      End coaching with {clientName}? You lose access to their training and habits at once and your habit programs for them end. What they logged stays theirs;
      they can accept a new invitation later.
    </ConfirmPanel>
  );
}
