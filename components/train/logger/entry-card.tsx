"use client";

import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import type { TWorkoutEntry } from "@/lib/schemas/workout";
import type { SetValues } from "@/lib/train/workout-reducer";
import { muscleLabels } from "@/lib/train/vocabulary";
import type { WeightUnit } from "@/lib/units";
import { NextSetForm } from "./next-set-form";
import { describeSet } from "@/lib/train/describe-set";
import { SetRow } from "./set-row";

export type EntryActions = {
  logSet: (entry: TWorkoutEntry, values: SetValues) => void;
  updateSet: (setId: string, values: Partial<SetValues>) => void;
  deleteSet: (setId: string) => void;
  moveSet: (entryId: string, setId: string, direction: -1 | 1) => void;
  move: (entryId: string, direction: -1 | 1) => void;
  remove: (entryId: string) => void;
  setRest: (entryId: string, seconds: number) => void;
  setNotes: (entryId: string, notes: string) => void;
};

/** One exercise of the workout: why today's target, last time, the sets, and the next set. */
export function EntryCard(props: {
  entry: TWorkoutEntry;
  position: number;
  count: number;
  unit: WeightUnit;
  setup: TTrainingSetup;
  pendingIds: Set<string>;
  refusedIds: Set<string>;
  editable: boolean;
  actions: EntryActions;
}) {
  const { entry, unit, actions } = props;
  const headingId = `entry-${entry.id}`;
  return (
    <section className="card space-y-3" aria-labelledby={headingId}>
      <header className="flex items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            {entry.exercise.name}
          </h2>
          <p className="text-sm text-slate-600">
            {entry.exercise.primaryMuscles.map((muscle) => muscleLabels[muscle]).join(", ")}
            {entry.groupId ? " · superset" : ""}
          </p>
        </div>
        {props.editable ? (
          <div className="flex gap-1">
            <button type="button" className="btn-secondary px-3" aria-label={`Move ${entry.exercise.name} up`} disabled={props.position === 0} onClick={() => actions.move(entry.id, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="btn-secondary px-3"
              aria-label={`Move ${entry.exercise.name} down`}
              disabled={props.position === props.count - 1}
              onClick={() => actions.move(entry.id, 1)}
            >
              ↓
            </button>
          </div>
        ) : null}
      </header>

      {entry.prescription ? (
        <div className="rounded-xl bg-brand-50 px-3 py-2 text-sm text-slate-800">
          <p className="font-medium">
            Today:{" "}
            {entry.prescription.sets
              .map((target) => `${target.weightKg !== null ? describeSet({ weightKg: target.weightKg, reps: target.reps.min, rpe: target.rpe, durationSec: null, distanceM: null }, "weight_reps", unit) : `${target.reps.min} reps`}`)
              .join(", ")}
          </p>
          <p className="text-slate-700">Why: {entry.prescription.reason}</p>
        </div>
      ) : null}
      {entry.previous ? (
        <p className="text-sm text-slate-600">
          Last time ({entry.previous.dayKey}): {entry.previous.sets.map((set) => describeSet(set, entry.exercise.measurement, unit)).join(", ")}
        </p>
      ) : null}

      {entry.sets.length > 0 ? (
        <ol className="divide-y divide-slate-100" aria-label={`Sets of ${entry.exercise.name}`}>
          {entry.sets.map((set, index) => (
            <SetRow
              key={set.id}
              set={set}
              index={index}
              measurement={entry.exercise.measurement}
              unit={unit}
              sync={props.refusedIds.has(set.id) ? "refused" : props.pendingIds.has(set.id) ? "pending" : "synced"}
              onSave={(values) => actions.updateSet(set.id, values)}
              onDelete={() => actions.deleteSet(set.id)}
              onMove={(direction) => actions.moveSet(entry.id, set.id, direction)}
              isFirst={index === 0}
              isLast={index === entry.sets.length - 1}
            />
          ))}
        </ol>
      ) : null}

      {props.editable ? <NextSetForm entry={entry} unit={unit} setup={props.setup} onLog={(values) => actions.logSet(entry, values)} /> : null}

      {props.editable ? (
        <details className="text-sm">
          <summary className="cursor-pointer py-2 font-medium text-slate-700">Rest, notes, remove</summary>
          <div className="grid grid-cols-2 gap-3 pt-2">
            <div>
              <label className="label" htmlFor={`${entry.id}-rest`}>
                Rest (seconds)
              </label>
              <input
                id={`${entry.id}-rest`}
                className="input"
                inputMode="numeric"
                defaultValue={entry.restSeconds}
                onBlur={(event) => {
                  const seconds = Math.round(Number(event.target.value));
                  if (Number.isFinite(seconds) && seconds >= 0 && seconds <= 900 && seconds !== entry.restSeconds) actions.setRest(entry.id, seconds);
                }}
              />
            </div>
            <div>
              <label className="label" htmlFor={`${entry.id}-notes`}>
                Exercise notes
              </label>
              <input
                id={`${entry.id}-notes`}
                className="input"
                defaultValue={entry.notes}
                maxLength={1000}
                onBlur={(event) => {
                  if (event.target.value !== entry.notes) actions.setNotes(entry.id, event.target.value);
                }}
              />
            </div>
            <button type="button" className="btn col-span-2 border border-red-300 bg-white text-red-700" onClick={() => actions.remove(entry.id)}>
              Remove {entry.exercise.name}
            </button>
          </div>
        </details>
      ) : null}
    </section>
  );
}
