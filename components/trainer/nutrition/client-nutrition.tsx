"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CurrentTargetsCard } from "@/components/eat/targets/current-targets-card";
import { EstimateCard } from "@/components/eat/targets/estimate-card";
import { HistoryList } from "@/components/eat/targets/history-list";
import { decisionWords } from "@/components/eat/targets/proposal-card";
import { SetupForm } from "@/components/eat/targets/setup-form";
import { TargetsEditor } from "@/components/eat/targets/targets-editor";
import { waterUnitFor } from "@/components/eat/targets/targets-format";
import { Alert } from "@/components/ui/alert";
import type { z } from "zod";
import type { ZClientNutritionOverview } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { ClientWeight } from "./client-weight";
import { TrainerProposal } from "./trainer-proposal";
import { WeekIntake } from "./week-intake";

type Mode = "view" | "setup" | "edit";

/**
 * The Nutrition part of a client's page: targets and where they came from, a proposal to review, the last
 * week's intake against target, the weight trend and the adaptive estimate, with the trainer's actions.
 */
export type TClientNutritionOverview = z.infer<typeof ZClientNutritionOverview>;

export function ClientNutrition({ clientId, clientName, unit, initial }: { clientId: string; clientName: string; unit: WeightUnit; initial: TClientNutritionOverview | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const overview = useQuery({ ...trpc.trainerNutrition.overview.queryOptions({ clientId }), initialData: initial ?? undefined });
  const [mode, setMode] = useState<Mode>("view");
  const [done, setDone] = useState<string | null>(null);
  const refresh = async (message: string | null) => {
    setMode("view");
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.trainerNutrition.overview.queryKey({ clientId }) });
    // The workspace overview lists proposals waiting for review.
    router.refresh();
  };
  const setup = useMutation(trpc.trainerNutrition.setup.mutationOptions({ onSuccess: () => refresh(`${clientName}'s targets recalculated.`) }));
  const set = useMutation(trpc.trainerNutrition.set.mutationOptions({ onSuccess: () => refresh(`${clientName}'s targets saved.`) }));
  const propose = useMutation(trpc.trainerNutrition.propose.mutationOptions({ onSuccess: () => refresh(null) }));
  const show = (next: Mode) => {
    setup.reset();
    set.reset();
    setDone(null);
    setMode(next);
  };

  if (overview.isPending) return <p className="text-sm text-slate-600">Loading nutrition…</p>;
  if (overview.isError) return <Alert>{messageOf(overview.error)}</Alert>;
  const { targets: view, week, weight } = overview.data;
  const waterUnit = waterUnitFor(unit);
  const current = view.plan?.targets ?? view.calculated?.suggested ?? null;
  const proposal = view.proposal;

  return (
    <div className="space-y-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      {proposal?.status === "pending" ? (
        <TrainerProposal clientId={clientId} clientName={clientName} proposal={proposal} onDecided={(message) => refresh(message)} />
      ) : proposal && !done ? (
        <p className="text-sm text-slate-600">Last proposal: {decisionWords(proposal, "trainer")}</p>
      ) : null}

      <div className="grid gap-4 xl:grid-cols-2">
        <div className="space-y-4">
          {mode === "setup" ? (
            <div className="space-y-3 rounded-xl border border-slate-200 p-4">
              <h3 className="font-semibold">Recalculate {clientName}&apos;s targets</h3>
              <SetupForm
                idPrefix="client-setup"
                ariaLabel={`Recalculate ${clientName}'s targets`}
                initial={{ activity: view.plan?.activity ?? view.calculated?.activity ?? "light", trainingDaysPerWeek: view.plan?.trainingDaysPerWeek ?? view.calculated?.trainingDaysPerWeek ?? 3, waterMl: view.plan?.waterMl ?? 2_500 }}
                waterUnit={waterUnit}
                submitLabel="Recalculate and save"
                pending={setup.isPending}
                error={setup.error}
                onSubmit={(choice) => setup.mutate({ clientId, ...choice })}
                onCancel={() => show("view")}
              />
            </div>
          ) : null}
          {mode === "edit" && current ? (
            <div className="space-y-3 rounded-xl border border-slate-200 p-4">
              <h3 className="font-semibold">Edit {clientName}&apos;s targets</h3>
              <TargetsEditor
                idPrefix="client-edit"
                ariaLabel={`Edit ${clientName}'s targets`}
                initial={current}
                water={{ ml: view.plan?.waterMl ?? 2_500, unit: waterUnit }}
                withNote
                submitLabel="Save targets"
                pending={set.isPending}
                error={set.error}
                onSubmit={(edit) => set.mutate({ clientId, ...edit })}
                onCancel={() => show("view")}
              />
            </div>
          ) : null}
          <CurrentTargetsCard view={view} viewer="trainer" waterUnit={waterUnit} subject={`${clientName}'s body`} level={3}>
            {mode === "view" ? (
              <div className="flex flex-wrap gap-2">
                <button type="button" className="btn-secondary" onClick={() => show("setup")}>
                  Recalculate
                </button>
                {current ? (
                  <button type="button" className="btn-secondary" onClick={() => show("edit")}>
                    Edit targets
                  </button>
                ) : null}
              </div>
            ) : null}
          </CurrentTargetsCard>
          <HistoryList history={view.history} viewer="trainer" level={3} limit={3} />
        </div>
        <div className="space-y-4">
          <section className="card space-y-3" aria-labelledby="client-week-heading">
            <h3 id="client-week-heading" className="text-lg font-semibold">
              Last 7 days
            </h3>
            <WeekIntake week={week} />
          </section>
          <ClientWeight weight={weight} unit={unit} />
          <EstimateCard
            estimate={view.estimate}
            unit={unit}
            level={3}
            subject={`${clientName}'s`}
            check={{ label: "Run estimate now", pending: propose.isPending, message: propose.data?.message ?? null, error: propose.error, run: () => propose.mutate({ clientId }) }}
          />
        </div>
      </div>
    </div>
  );
}
