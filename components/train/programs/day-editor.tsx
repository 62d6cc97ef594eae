"use client";

import { useId } from "react";
import type { WeightUnit } from "@/lib/units";
import { ActionButton, SelectField, TextField } from "./fields";
import { newKey, newSlotId, weekdayLabels, type DraftDay, type DraftSlot, type ExerciseInfo } from "./program-draft";
import { SlotEditor } from "./slot-editor";

const weekdayOptions = weekdayLabels.map((label, index) => ({ value: index + 1, label }));
const MAX_SLOTS = 30;

type Props = {
  day: DraftDay;
  dayIndex: number;
  weekIndex: number;
  names: Record<string, ExerciseInfo>;
  unit: WeightUnit;
  errorAt(key: string): string | undefined;
  edit(change: (day: DraftDay) => void): void;
  /** Opens the exercise picker: for a new slot (null) or to add into slot `slotIndex`. */
  onChooseExercise(slotIndex: number | null): void;
  onRemove?: () => void;
};

/** A training day: its name, weekday and ordered slots. */
export function DayEditor({ day, dayIndex, weekIndex, names, unit, errorAt, edit, onChooseExercise, onRemove }: Props) {
  const headingId = useId();
  const dayName = day.name.trim() || `Day ${dayIndex + 1}`;
  const where = `week ${weekIndex + 1}, ${dayName}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-2xl border border-slate-200 bg-slate-50/60 p-2 sm:p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {dayName} <span className="font-normal text-slate-600">· {weekdayLabels[day.weekday - 1]}</span>
          <span className="sr-only">, week {weekIndex + 1}</span>
        </h3>
        {onRemove ? (
          <ActionButton context={`(${where})`} onClick={onRemove} tone="danger">
            Remove day
          </ActionButton>
        ) : null}
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_12rem]">
        <TextField label="Day name" maxLength={60} value={day.name} error={errorAt("name")} onChange={(name) => edit((draft) => void (draft.name = name))} />
        <SelectField label="Weekday" value={day.weekday} options={weekdayOptions} error={errorAt("weekday")} onChange={(weekday) => edit((draft) => void (draft.weekday = weekday))} />
      </div>

      {day.slots.length === 0 ? <p className="text-sm text-slate-600">No exercises yet.</p> : null}
      <div className="space-y-3">
        {day.slots.map((slot, slotIndex) => (
          <SlotEditor
            key={slot.key}
            slot={slot}
            index={slotIndex}
            isFirst={slotIndex === 0}
            isLast={slotIndex === day.slots.length - 1}
            names={names}
            unit={unit}
            errorAt={(key) => errorAt(`slots.${slotIndex}.${key}`)}
            edit={(change: (slot: DraftSlot) => void) => edit((draft) => change(draft.slots[slotIndex]))}
            onMove={(direction) =>
              edit((draft) => {
                const target = slotIndex + direction;
                if (target < 0 || target >= draft.slots.length) return;
                [draft.slots[slotIndex], draft.slots[target]] = [draft.slots[target], draft.slots[slotIndex]];
              })
            }
            onMergeWithNext={() =>
              edit((draft) => {
                const next = draft.slots[slotIndex + 1];
                if (!next) return;
                draft.slots[slotIndex].exercises.push(...next.exercises);
                draft.slots.splice(slotIndex + 1, 1);
              })
            }
            onUngroup={() =>
              edit((draft) => {
                // The first exercise keeps the slot (and its history); the others become new slots.
                const [first, ...rest] = draft.slots[slotIndex].exercises;
                draft.slots[slotIndex].exercises = [first];
                const split: DraftSlot[] = rest.map((exercise) => ({ key: newKey(), id: newSlotId(), exercises: [exercise] }));
                draft.slots.splice(slotIndex + 1, 0, ...split);
              })
            }
            onAddExercise={() => onChooseExercise(slotIndex)}
            onRemove={() => edit((draft) => void draft.slots.splice(slotIndex, 1))}
          />
        ))}
      </div>
      <ActionButton context={`to ${where}`} onClick={() => onChooseExercise(null)} disabled={day.slots.length >= MAX_SLOTS}>
        Add exercise
      </ActionButton>
    </section>
  );
}
