"use client";

import { useId } from "react";
import type { WeightUnit } from "@/lib/units";
import { ActionButton } from "./fields";
import { slotKindOf, type DraftExercise, type DraftSlot, type ExerciseInfo } from "./program-draft";
import { SlotExerciseEditor } from "./slot-exercise-editor";

const MAX_EXERCISES = 8;
const kindLabels = { single: "Exercise", superset: "Superset", circuit: "Circuit" } as const;

type Props = {
  slot: DraftSlot;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  names: Record<string, ExerciseInfo>;
  unit: WeightUnit;
  errorAt(key: string): string | undefined;
  edit(change: (slot: DraftSlot) => void): void;
  onMove(direction: -1 | 1): void;
  onMergeWithNext(): void;
  onAddExercise(): void;
  onUngroup(): void;
  onRemove(): void;
};

/** One slot of a day: a single exercise, or a superset (2) or circuit (3+) done in rotation. */
export function SlotEditor(props: Props) {
  const { slot, index, names } = props;
  const headingId = useId();
  const kind = slotKindOf(slot.exercises.length);
  const grouped = slot.exercises.length > 1;
  const title = slot.exercises.map((exercise) => names[exercise.exerciseId]?.name ?? exercise.exerciseId).join(" + ");
  const context = `(${title})`;
  const slotError = props.errorAt("exercises");

  return (
    <div role="group" aria-labelledby={headingId} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-2 sm:p-3">
      <p id={headingId} className={grouped ? "text-sm font-semibold text-slate-700" : "sr-only"}>
        {index + 1}. {kindLabels[kind]}
        {grouped ? <span className="font-normal text-slate-600"> ({slot.exercises.length} exercises, done in rotation)</span> : null}
        <span className="sr-only">: {title}</span>
      </p>
      {slot.exercises.map((exercise, exerciseIndex) => (
        <SlotExerciseEditor
          key={exercise.key}
          exercise={exercise}
          info={names[exercise.exerciseId]}
          label={grouped ? `${index + 1}${String.fromCharCode(97 + exerciseIndex)}` : String(index + 1)}
          unit={props.unit}
          errorAt={(key) => props.errorAt(`exercises.${exerciseIndex}.${key}`)}
          edit={(change: (exercise: DraftExercise) => void) => props.edit((draft) => change(draft.exercises[exerciseIndex]))}
          onRemove={grouped ? () => props.edit((draft) => void draft.exercises.splice(exerciseIndex, 1)) : undefined}
        />
      ))}
      {slotError ? <p className="field-error">{slotError}</p> : null}
      <div className="flex flex-wrap gap-2">
        <ActionButton context={context} onClick={() => props.onMove(-1)} disabled={props.isFirst}>
          Move up
        </ActionButton>
        <ActionButton context={context} onClick={() => props.onMove(1)} disabled={props.isLast}>
          Move down
        </ActionButton>
        {!props.isLast && slot.exercises.length < MAX_EXERCISES ? (
          <ActionButton context={`${context} with the next exercise`} onClick={props.onMergeWithNext}>
            Make superset
          </ActionButton>
        ) : null}
        {slot.exercises.length < MAX_EXERCISES ? (
          <ActionButton context={`to slot ${index + 1} ${context}`} onClick={props.onAddExercise}>
            {grouped ? "Add exercise to group" : "Add to superset"}
          </ActionButton>
        ) : null}
        {grouped ? (
          <ActionButton context={context} onClick={props.onUngroup}>
            Ungroup
          </ActionButton>
        ) : null}
        <ActionButton context={`slot ${index + 1} ${context}`} onClick={props.onRemove} tone="danger">
          Remove
        </ActionButton>
      </div>
    </div>
  );
}
