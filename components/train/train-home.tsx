"use client";

import Link from "next/link";
import type { TSessionSummary, TTodayPlan } from "@/lib/schemas/workout";
import { describeSet } from "@/lib/train/describe-set";
import type { WeightUnit } from "@/lib/units";


function PlanSummary({ plan, unit, onStartPlanned, stale }: { plan: TTodayPlan; unit: WeightUnit; onStartPlanned: () => void; stale: boolean }) {
  const schedule = plan.schedule;
  if (stale) {
    return <p className="text-slate-700">This plan is from {plan.dayKey}. Connect once to see today&apos;s, or start an empty workout.</p>;
  }
  if (schedule.status === "no_program") {
    return (
      <p className="text-slate-700">
        No program running. <Link href="/train/programs" className="font-semibold text-brand-700 underline">Pick or write a program</Link>, or start an empty workout.
      </p>
    );
  }
  const name = plan.program?.name ?? "Your program";
  if (schedule.status === "not_started") return <p className="text-slate-700">{name} starts in {schedule.startsInDays} {schedule.startsInDays === 1 ? "day" : "days"}.</p>;
  if (schedule.status === "finished") return <p className="text-slate-700">You finished {name}. Time to pick the next program.</p>;
  if (schedule.status === "rest") return <p className="text-slate-700">Rest day in week {schedule.weekIndex + 1} of {name}. Recovery is training too.</p>;
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        {name} · week {schedule.weekIndex + 1} · <span className="font-semibold">{schedule.dayName}</span>
      </p>
      <ul className="space-y-2">
        {schedule.entries.map((entry, index) => (
          <li key={`${entry.exercise.id}-${index}`} className="rounded-xl bg-slate-50 px-3 py-2">
            <p className="font-medium text-slate-900">{entry.exercise.name}</p>
            <p className="text-sm text-slate-700">
              {entry.prescription.sets
                .map((target) =>
                  target.weightKg !== null
                    ? describeSet({ weightKg: target.weightKg, reps: target.reps.min, rpe: target.rpe, durationSec: null, distanceM: null }, "weight_reps", unit)
                    : `${target.reps.min}${target.reps.max !== target.reps.min ? `–${target.reps.max}` : ""} reps`,
                )
                .join(", ")}
            </p>
            <p className="text-sm text-slate-600">{entry.prescription.reason}</p>
          </li>
        ))}
      </ul>
      {schedule.sessionId ? (
        <p className="text-sm text-slate-700">
          Already done today. <Link href={`/train/workout/${schedule.sessionId}`} className="font-semibold text-brand-700 underline">See the workout</Link>
        </p>
      ) : (
        <button type="button" className="btn-primary w-full" onClick={onStartPlanned}>
          Start {schedule.dayName}
        </button>
      )}
    </div>
  );
}

/** Train when no workout is running: today's plan, a free start, recent workouts and the tools. */
export function TrainHome(props: { plan: TTodayPlan; planIsStale: boolean; recent: TSessionSummary[]; unit: WeightUnit; onStartPlanned: () => void; onStartEmpty: () => void; notice: string | null }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Train</h1>
      {props.notice ? (
        <p role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {props.notice}
        </p>
      ) : null}
      <section className="card space-y-3" aria-labelledby="today-heading">
        <h2 id="today-heading" className="text-lg font-semibold">
          Today
        </h2>
        <PlanSummary plan={props.plan} unit={props.unit} onStartPlanned={props.onStartPlanned} stale={props.planIsStale} />
        <button type="button" className="btn-secondary w-full" onClick={props.onStartEmpty}>
          Start an empty workout
        </button>
      </section>
      <nav aria-label="Training tools" className="grid grid-cols-2 gap-3">
        <Link href="/train/programs" className="btn-secondary">
          Programs
        </Link>
        <Link href="/train/records" className="btn-secondary">
          Records
        </Link>
        <Link href="/train/plates" className="btn-secondary">
          Plate calculator
        </Link>
        <Link href="/train/import" className="btn-secondary">
          Import history
        </Link>
        <Link href="/train/exercises" className="btn-secondary">
          Exercises
        </Link>
      </nav>
      <section className="card space-y-2" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent workouts
        </h2>
        {props.recent.length === 0 ? <p className="text-slate-700">Nothing logged yet.</p> : null}
        <ul className="divide-y divide-slate-100">
          {props.recent.map((session) => (
            <li key={session.id}>
              <Link href={`/train/workout/${session.id}`} className="flex min-h-11 items-center justify-between py-2">
                <span className="font-medium text-slate-900">{session.name}</span>
                <span className="text-sm text-slate-600">
                  {session.dayKey}
                  {session.durationMinutes ? ` · ${session.durationMinutes} min` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
