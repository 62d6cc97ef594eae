"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";

/** The trainer's "needs attention" setting: days without a log before a client is flagged. */
export function AttentionSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const settings = useQuery(trpc.trainerClients.settings.queryOptions());
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation(
    trpc.trainerClients.saveSettings.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        await queryClient.invalidateQueries({ queryKey: trpc.trainerClients.pathKey() });
      },
    }),
  );
  const value = draft ?? (settings.data ? String(settings.data.inactivityDays) : "");

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ inactivityDays: Number(value) });
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Needs attention setting">
      <div>
        <label htmlFor={fieldId} className="label">
          Flag clients with no log for (days)
        </label>
        <input id={fieldId} type="number" min={1} max={30} required className="input w-28" value={value} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <button type="submit" className="btn-secondary" disabled={save.isPending || settings.isPending}>
        Save setting
      </button>
      {save.isError ? <Alert>{messageOf(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">Saved.</Alert> : null}
    </form>
  );
}
