"use client";

import { useId } from "react";
import { equipmentLabels, muscleLabels } from "@/lib/train/vocabulary";
import type { WeightUnit } from "@/lib/units";
import { ActionButton, SelectField, TextAreaField, TextField } from "./fields";
import { newKey, progressionKinds, progressionLabels, type DraftExercise, type DraftSet, type ExerciseInfo } from "./program-draft";
import { SetRow } from "./set-row";

const progressionOptions = progressionKinds.map((value) => ({ value, label: progressionLabels[value] }));
const MAX_SETS = 20;

type Props = {
  exercise: DraftExercise;
  info: ExerciseInfo | undefined;
  /** "1", or "2a", "2b" inside a superset. */
  label: string;
  unit: WeightUnit;
  errorAt(key: string): string | undefined;
  edit(change: (exercise: DraftExercise) => void): void;
  onRemove?: () => void;
};

/** One exercise of a slot: its planned sets, rest, progression rule and notes. */
export function SlotExerciseEditor({ exercise, info, label, unit, errorAt, edit, onRemove }: Props) {
  const headingId = useId();
  const name = info?.name ?? exercise.exerciseId;
  const setsError = errorAt("sets");
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-xl bg-slate-50 p-2 sm:p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={headingId} className="font-semibold text-slate-900">
            <span className="text-slate-600">{label}.</span>{" "}
            {name}
          </h4>
          {info ? (
            <p className="text-sm text-slate-600">
              {equipmentLabels[info.equipment]}
              {info.primaryMuscles.length > 0 ? ` · ${info.primaryMuscles.map((muscle) => muscleLabels[muscle]).join(", ")}` : ""}
            </p>
          ) : null}
        </div>
        {onRemove ? (
          <ActionButton context={`${name} from this group`} onClick={onRemove} tone="danger">
            Remove exercise
          </ActionButton>
        ) : null}
      </div>

      <ol className="space-y-2" aria-label={`Sets of ${name}`}>
        {exercise.sets.map((set, index) => (
          <SetRow
            key={set.key}
            set={set}
            index={index}
            unit={unit}
            errorAt={(key) => errorAt(`sets.${index}.${key}`)}
            onChange={(patch: Partial<DraftSet>) => edit((draft) => Object.assign(draft.sets[index], patch))}
            onRemove={exercise.sets.length > 1 ? () => edit((draft) => void draft.sets.splice(index, 1)) : undefined}
          />
        ))}
      </ol>
      {setsError ? <p className="field-error">{setsError}</p> : null}
      <ActionButton
        context={`to ${name}`}
        disabled={exercise.sets.length >= MAX_SETS}
        onClick={() =>
          edit((draft) => {
            // A new set repeats the last one: most plans are "N sets of the same".
            const last = draft.sets[draft.sets.length - 1];
            draft.sets.push(last ? { ...last, key: newKey() } : { key: newKey(), type: "working", repsMin: "8", repsMax: "12", loadKind: "none", loadValue: "" });
          })
        }
      >
        Add set
      </ActionButton>

      <div className="grid grid-cols-2 items-start gap-2 sm:flex sm:flex-wrap">
        <TextField className="sm:w-32" label="Rest (seconds)" inputMode="numeric" value={exercise.restSeconds} error={errorAt("restSeconds")} onChange={(restSeconds) => edit((draft) => void (draft.restSeconds = restSeconds))} />
        <SelectField className="sm:w-56" label="Progression" value={exercise.progression} options={progressionOptions} onChange={(progression) => edit((draft) => void (draft.progression = progression))} />
        {exercise.progression === "linear" || exercise.progression === "double" ? (
          <TextField className="sm:w-32" label={`Increment (${unit})`} inputMode="decimal" value={exercise.increment} error={errorAt("progression.incrementKg")} onChange={(increment) => edit((draft) => void (draft.increment = increment))} />
        ) : null}
        {exercise.progression === "linear" ? (
          <>
            <TextField className="sm:w-40" label="Deload after failures" inputMode="numeric" value={exercise.deloadAfterFailures} error={errorAt("progression.deloadAfterFailures")} onChange={(value) => edit((draft) => void (draft.deloadAfterFailures = value))} />
            <TextField className="sm:w-32" label="Deload by (%)" inputMode="decimal" value={exercise.deloadPercent} error={errorAt("progression.deloadPercent")} onChange={(value) => edit((draft) => void (draft.deloadPercent = value))} />
          </>
        ) : null}
        {exercise.progression === "rpe" ? (
          <TextField className="sm:w-32" label="Target RPE" inputMode="decimal" value={exercise.targetRpe} error={errorAt("progression.targetRpe")} onChange={(targetRpe) => edit((draft) => void (draft.targetRpe = targetRpe))} />
        ) : null}
      </div>
      <TextAreaField label="Notes" maxLength={500} value={exercise.notes} error={errorAt("notes")} onChange={(notes) => edit((draft) => void (draft.notes = notes))} />
    </article>
  );
}
