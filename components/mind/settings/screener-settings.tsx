"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { questionnaires } from "@/lib/mind/questionnaires";
import type { TScreenerSettings } from "@/lib/schemas/mind";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const screeners = [
  { id: "phq2", what: "two questions about low mood and loss of interest" },
  { id: "gad2", what: "two questions about nervousness and worry" },
] as const;

/** The optional screeners, off until the member turns them on. */
export function ScreenerSettings({ initial }: { initial: TScreenerSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(initial);
  // The box shows the member's choice at once; a refusal puts back what the server has.
  const save = useMutation(
    trpc.mind.saveSettings.mutationOptions({
      onMutate: (request) => {
        const before = enabled;
        setEnabled(request.screenersEnabled);
        return { before };
      },
      onError: (_error, _request, context) => {
        if (context) setEnabled(context.before);
      },
      onSuccess: async (view) => {
        setEnabled(view.screenersEnabled);
        await queryClient.invalidateQueries({ queryKey: trpc.mind.questionnaireStatus.queryKey() });
      },
    }),
  );
  return (
    <section className="card space-y-3" aria-labelledby="screeners-heading">
      <h2 id="screeners-heading" className="text-lg font-semibold">
        Optional screeners
      </h2>
      <p className="text-sm text-slate-600">
        Short, validated questionnaires offered every two weeks next to the WHO-5. They are screeners, not a diagnosis: a high score only suggests talking to a professional.
      </p>
      {/* One change at a time: a second tap waits for the first answer, so the boxes end as tapped. */}
      <fieldset className="space-y-2" disabled={save.isPending}>
        <legend className="sr-only">Screeners</legend>
        {screeners.map(({ id, what }) => (
          <label key={id} className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3">
            <input
              type="checkbox"
              checked={enabled[id]}
              onChange={(event) => save.mutate({ screenersEnabled: { ...enabled, [id]: event.target.checked } })}
              className="mt-1 h-4 w-4 accent-brand-600"
            />
            <span>
              <span className="block font-medium">Offer the {questionnaires[id].shortName}</span>
              <span className="block text-sm text-slate-600">{what}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {save.error ? <Alert>{messageOf(save.error)}</Alert> : null}
    </section>
  );
}
