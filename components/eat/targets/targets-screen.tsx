"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackHeading } from "@/components/ui/back-heading";
import { Alert } from "@/components/ui/alert";
import type { TTargetsView } from "@/lib/schemas/nutrition";
import { useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { CurrentTargetsCard } from "./current-targets-card";
import { EstimateCard } from "./estimate-card";
import { HistoryList } from "./history-list";
import { MemberProposal } from "./member-proposal";
import { SetupForm } from "./setup-form";
import { TargetsEditor } from "./targets-editor";
import { waterUnitFor } from "./targets-format";

type Mode = "view" | "setup" | "edit";

/**
 * /eat/targets: the member's training- and rest-day targets, where they came from, the adaptive estimate
 * and any proposal. A member without a trainer sets them up, edits them and decides proposals; a coached
 * member sees them read-only (their trainer sets them).
 */
export function TargetsScreen({ initial, weightUnit }: { initial: TTargetsView; weightUnit: WeightUnit }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.nutritionTargets.get.queryKey();
  const view = useQuery({ ...trpc.nutritionTargets.get.queryOptions(), initialData: initial }).data;
  const [mode, setMode] = useState<Mode>(initial.plan || !initial.canEdit ? "view" : "setup");
  const [saved, setSaved] = useState<string | null>(null);
  const waterUnit = waterUnitFor(weightUnit);

  const show = (next: Mode) => {
    setup.reset();
    set.reset();
    setSaved(null);
    setMode(next);
  };
  const applied = (fresh: TTargetsView, message: string) => {
    queryClient.setQueryData(queryKey, fresh);
    setMode("view");
    setSaved(message);
  };
  const setup = useMutation(trpc.nutritionTargets.setup.mutationOptions({ onSuccess: (fresh) => applied(fresh, "Targets calculated and saved.") }));
  const set = useMutation(trpc.nutritionTargets.set.mutationOptions({ onSuccess: (fresh) => applied(fresh, "Your targets are saved.") }));
  const propose = useMutation(trpc.nutritionTargets.propose.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey }) }));

  const current = view.plan?.targets ?? view.calculated?.suggested ?? null;
  const setupInitial = {
    activity: view.plan?.activity ?? view.calculated?.activity ?? "light",
    trainingDaysPerWeek: view.plan?.trainingDaysPerWeek ?? view.calculated?.trainingDaysPerWeek ?? 3,
    waterMl: view.plan?.waterMl ?? 2_500,
  };

  return (
    <div className="space-y-5">
      <BackHeading href="/eat" section="Eat" title="Targets" />
      {view.managedByTrainer ? <Alert tone="info">Your trainer sets your targets. Message them if you would like a change.</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}

      {mode === "setup" ? (
        <section className="card space-y-3" aria-labelledby="setup-heading">
          <h2 id="setup-heading" className="text-lg font-semibold">
            {view.plan ? "Recalculate your targets" : "Set up your targets"}
          </h2>
          <p className="text-sm text-slate-600">Worked out from your profile (age, height, weight, goal) with the Mifflin–St Jeor equation, then split between training and rest days.</p>
          <SetupForm
            idPrefix="setup"
            ariaLabel="Set up your targets"
            initial={setupInitial}
            waterUnit={waterUnit}
            submitLabel="Calculate and save"
            pending={setup.isPending}
            error={setup.error}
            onSubmit={(choice) => setup.mutate(choice)}
            onCancel={view.plan ? () => show("view") : undefined}
          />
        </section>
      ) : null}

      {mode === "edit" && current ? (
        <section className="card space-y-3" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="text-lg font-semibold">
            Edit your targets
          </h2>
          <TargetsEditor
            idPrefix="edit"
            ariaLabel="Edit your targets"
            initial={current}
            water={{ ml: view.plan?.waterMl ?? 2_500, unit: waterUnit }}
            submitLabel="Save targets"
            pending={set.isPending}
            error={set.error}
            onSubmit={(edit) => set.mutate(edit)}
            onCancel={() => show("view")}
          />
        </section>
      ) : null}

      {mode === "view" || (mode === "setup" && view.plan) ? (
        <CurrentTargetsCard view={view} viewer="member" waterUnit={waterUnit}>
          {view.canEdit && mode === "view" ? (
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-secondary" onClick={() => show("setup")}>
                {view.plan ? "Recalculate" : "Set up targets"}
              </button>
              {current ? (
                <button type="button" className="btn-secondary" onClick={() => show("edit")}>
                  Edit numbers
                </button>
              ) : null}
            </div>
          ) : null}
        </CurrentTargetsCard>
      ) : null}

      <MemberProposal view={view} onDecided={() => queryClient.invalidateQueries({ queryKey })} />

      <EstimateCard
        estimate={view.estimate}
        unit={weightUnit}
        check={{ label: "Check now", pending: propose.isPending, message: propose.data?.message ?? null, error: propose.error, run: () => propose.mutate() }}
      />

      <HistoryList history={view.history} viewer="member" />
    </div>
  );
}
