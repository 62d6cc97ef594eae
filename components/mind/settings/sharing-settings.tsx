"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { formatInstant } from "@/lib/dates/format-instant";
import { sharingLabels, sharingLevels, type SharingLevel } from "@/lib/mind/sharing";
import type { TSharingView } from "@/lib/schemas/mind";
import { messageOf, useTRPC } from "@/lib/trpc/react";


/**
 * What the trainer may see of the member's check-ins. A change applies from the next trainer read
 * (nothing is cached on the trainer's side) and is logged; journal and questionnaire answers are never
 * shared at any level.
 */
export function SharingSettings({ initial, timeZone }: { initial: TSharingView; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sharing = useQuery({ ...trpc.mind.sharing.queryOptions(), initialData: initial });
  const view = sharing.data;
  // The member's choice shows at once (a controlled radio must change in the same render as the tap);
  // a refusal puts back what the server has.
  const [chosen, setChosen] = useState<SharingLevel>(view.level);
  const change = useMutation(
    trpc.mind.setSharing.mutationOptions({
      onSuccess: (fresh) => {
        queryClient.setQueryData(trpc.mind.sharing.queryKey(), fresh);
        setChosen(fresh.level);
      },
      onError: () => setChosen(view.level),
    }),
  );
  const choose = (level: SharingLevel) => {
    setChosen(level);
    change.mutate({ level });
  };

  return (
    <section className="card space-y-3" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading" className="text-lg font-semibold">
        What your trainer sees
      </h2>
      <fieldset className="space-y-2">
        <legend className="sr-only">Share with your trainer</legend>
        {sharingLevels.map((level) => (
          <label key={level} className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="sharing" value={level} checked={chosen === level} onChange={() => choose(level)} className="mt-1 h-4 w-4 accent-brand-600" />
            <span>
              <span className="block font-medium">{sharingLabels[level].label}</span>
              <span className="block text-sm text-slate-600">{sharingLabels[level].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {change.error ? <Alert>{messageOf(change.error)}</Alert> : null}
      <p className="text-sm text-slate-600">Your journal, check-in notes and questionnaire answers are never shared, whatever you choose. A change applies at once.</p>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">Your consent history</summary>
        {view.log.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">You have not changed this yet: nothing is shared.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="consent-log">
            {view.log.map((entry) => (
              <li key={entry.at.toISOString()}>
                {formatInstant(entry.at, timeZone)}: {sharingLabels[entry.from].label} → {sharingLabels[entry.to].label}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
