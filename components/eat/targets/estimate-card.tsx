"use client";

import { Alert } from "@/components/ui/alert";
import { daysBetween } from "@/lib/dates/day-key";
import { MIN_INTAKE_COVERAGE, MIN_INTAKE_DAYS, MIN_WEIGH_INS } from "@/lib/nutrition/adaptive-energy";
import type { TTargetsView } from "@/lib/schemas/nutrition";
import { messageOf } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { Heading } from "./heading";
import { formatDayKey, formatNumber, weeklyChangeWords } from "./targets-format";

const confidenceWords = { low: "low confidence", medium: "medium confidence", high: "high confidence" } as const;

/** The adaptive estimate of real maintenance from logged food and weigh-ins, or what it still needs. */
export function EstimateCard(props: {
  estimate: TTargetsView["estimate"];
  unit: WeightUnit;
  /** "Check now": runs the estimate and files a proposal when the data supports one. */
  check?: { label: string; pending: boolean; message: string | null; error: unknown; run: () => void };
  /** Whose data it is, for the words ("you logged" / "Sam logged"). */
  subject?: string;
  level?: 2 | 3;
}) {
  const { estimate } = props;
  const windowDays = daysBetween(estimate.fromDayKey, estimate.toDayKey) + 1;
  const neededDays = Math.max(MIN_INTAKE_DAYS, Math.ceil(MIN_INTAKE_COVERAGE * windowDays));
  return (
    <section className="card space-y-3" aria-labelledby="estimate-heading">
      <Heading level={props.level} id="estimate-heading">
        Measured maintenance
      </Heading>
      {estimate.kind === "insufficient" ? (
        <>
          <p className="text-sm text-slate-700">{estimate.reason}</p>
          <p className="text-sm font-medium text-slate-900">
            {estimate.intakeDays} of {neededDays} days logged, {estimate.weighIns} of {MIN_WEIGH_INS} weigh-ins
          </p>
          <p className="text-sm text-slate-600">
            From {formatDayKey(estimate.fromDayKey)} to {formatDayKey(estimate.toDayKey)}. Log food every day and weigh in a few times a week: after a few weeks the app measures {props.subject ?? "your"} real maintenance and suggests better targets.
          </p>
        </>
      ) : (
        <>
          <p className="text-2xl font-bold tabular-nums">
            {formatNumber(estimate.maintenanceKcal)} kcal <span className="text-base font-normal text-slate-600">± {formatNumber(estimate.uncertaintyKcal)} a day</span>
          </p>
          <p className="text-sm text-slate-600">{confidenceWords[estimate.confidence]}</p>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Average intake</dt>
            <dd className="tabular-nums">{formatNumber(estimate.averageIntakeKcal)} kcal a day</dd>
            <dt className="text-slate-600">Weight trend</dt>
            <dd>{weeklyChangeWords(estimate.weightTrendKgPerWeek, props.unit)}</dd>
            <dt className="text-slate-600">Data</dt>
            <dd>
              {estimate.intakeDays} days logged, {estimate.weighIns} weigh-ins ({formatDayKey(estimate.fromDayKey)} – {formatDayKey(estimate.toDayKey)})
            </dd>
          </dl>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">How this was worked out</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {estimate.reasoning.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      {props.check ? (
        <div className="space-y-2">
          {props.check.error ? <Alert>{messageOf(props.check.error)}</Alert> : null}
          {props.check.message ? <Alert tone="info">{props.check.message}</Alert> : null}
          <button type="button" className="btn-secondary" disabled={props.check.pending} onClick={props.check.run}>
            {props.check.pending ? "Checking…" : props.check.label}
          </button>
        </div>
      ) : null}
    </section>
  );
}
