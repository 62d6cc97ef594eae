import type { ReactNode } from "react";
import { nutrientKeys } from "@/lib/nutrition/nutrients";
import type { TDayTargets, TTargetsView } from "@/lib/schemas/nutrition";
import { Heading } from "./heading";
import { formatDate, formatNumber, formatWater, sourceLabel, type Viewer, type WaterUnit } from "./targets-format";
import { TargetsTable } from "./targets-table";

/** Resting energy and maintenance in one plain sentence, before the line-by-line working. */
export function CalculatedSummary({ calculated, subject = "Your body" }: { calculated: NonNullable<TTargetsView["calculated"]>; subject?: string }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-800">
        {subject} uses about {formatNumber(calculated.bmrKcal)} kcal a day at rest (Mifflin–St Jeor), and about {formatNumber(calculated.maintenanceKcal)} kcal a day with
        the activity chosen, to stay the same weight.
      </p>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        {calculated.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

const sameTargets = (a: TDayTargets, b: TDayTargets) => (["training", "rest"] as const).every((day) => nutrientKeys.every((key) => a[day][key] === b[day][key]));

/**
 * Calculated targets as saved: the working from the day they were saved (the profile's numbers today may
 * differ, e.g. after weigh-ins moved the weight), and a word when recalculating now would change them.
 */
function SavedCalculation({ plan, calculated, subject }: { plan: NonNullable<TTargetsView["plan"]>; calculated: NonNullable<TTargetsView["calculated"]>; subject?: string }) {
  const current = sameTargets(plan.targets, calculated.suggested);
  return (
    <div className="space-y-2 border-t border-slate-100 pt-3 text-sm">
      {current ? (
        <p className="text-slate-800">
          {subject ?? "Your body"} uses about {formatNumber(calculated.bmrKcal)} kcal a day at rest (Mifflin–St Jeor), and about {formatNumber(calculated.maintenanceKcal)} kcal a day
          with the activity chosen, to stay the same weight.
        </p>
      ) : (
        <p className="rounded-xl bg-amber-50 px-3 py-2 text-amber-900">
          The weight has changed since these were calculated: recalculating now would give {formatNumber(calculated.suggested.training.energyKcal)} kcal on training days and{" "}
          {formatNumber(calculated.suggested.rest.energyKcal)} kcal on rest days.
        </p>
      )}
      <details>
        <summary className="cursor-pointer font-medium text-brand-700">How these were calculated</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {plan.reason.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/**
 * The targets in force for training and rest days and water, where they came from and why. Before any
 * are saved, the profile's suggestion is shown as such.
 */
export function CurrentTargetsCard(props: { view: TTargetsView; viewer: Viewer; waterUnit: WaterUnit; subject?: string; level?: 2 | 3; children?: ReactNode }) {
  const { view, viewer, waterUnit, subject, children } = props;
  const { plan, calculated } = view;
  const targets = plan?.targets ?? calculated?.suggested ?? null;
  return (
    <section className="card space-y-3" aria-labelledby="current-targets-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level={props.level} id="current-targets-heading">
          {plan ? "Current targets" : "Suggested targets"}
        </Heading>
        {plan ? (
          <p className="text-sm text-slate-600">
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">{sourceLabel(plan.source, plan.setByRole, viewer)}</span> on {formatDate(plan.updatedAt)}
          </p>
        ) : null}
      </div>
      {targets ? <TargetsTable targets={targets} caption={plan ? "Current targets per day" : "Suggested targets per day"} /> : <p className="text-sm text-slate-600">Finish the profile (age, height, weight) to see targets.</p>}
      <p className="text-sm text-slate-700">
        Water: <span className="font-semibold">{formatWater(plan?.waterMl ?? 2_500, waterUnit)}</span> a day
      </p>
      {!plan ? <p className="text-sm text-slate-600">Calculated from the profile; nothing is saved until targets are set up.</p> : null}
      {plan && plan.source !== "calculated" && plan.reason.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" aria-label="Why these targets">
          {plan.reason.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {calculated && !plan ? (
        <div className="border-t border-slate-100 pt-3">
          <p className="mb-1 text-sm font-semibold text-slate-700">How these were calculated</p>
          <CalculatedSummary calculated={calculated} subject={subject} />
        </div>
      ) : null}
      {calculated && plan?.source === "calculated" ? <SavedCalculation plan={plan} calculated={calculated} subject={subject} /> : null}
      {children}
    </section>
  );
}
