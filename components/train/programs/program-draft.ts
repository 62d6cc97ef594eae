/**
 * The program editor's working copy. Numbers are kept as the text the member typed (so "2," or an
 * empty box survives a re-render) and weights in the member's own unit; `toContent` turns it into the
 * exact ZProgramContent shape, in kilograms, for validation and saving.
 */
import type { TExercise } from "@/lib/schemas/exercise";
import type { TLoadTarget, TPlannedSet, TProgramContent, TProgressionRule, TSlotExercise } from "@/lib/schemas/program";
import type { SetType } from "@/lib/train/vocabulary";
import { weightFromKg, weightToKg, type WeightUnit } from "@/lib/units";
import { newClientId } from "@/lib/client-id";

export type ExerciseInfo = Pick<TExercise, "name" | "equipment" | "measurement" | "primaryMuscles">;
export type LoadKind = TLoadTarget["kind"];
export type ProgressionKind = TProgressionRule["kind"];

export type DraftSet = { key: string; type: SetType; repsMin: string; repsMax: string; loadKind: LoadKind; loadValue: string };
export type DraftExercise = {
  key: string;
  exerciseId: string;
  sets: DraftSet[];
  restSeconds: string;
  progression: ProgressionKind;
  increment: string;
  deloadAfterFailures: string;
  deloadPercent: string;
  targetRpe: string;
  notes: string;
};
export type DraftSlot = { key: string; id: string; exercises: DraftExercise[] };
export type DraftDay = { key: string; name: string; weekday: number; slots: DraftSlot[] };
export type DraftWeek = { key: string; days: DraftDay[] };
export type Draft = { name: string; description: string; weeks: DraftWeek[] };

export const loadKindLabels: Record<LoadKind, string> = { none: "None", absolute: "Weight", percent_1rm: "% 1RM", rpe: "RPE", rir: "RiR" };
export const loadKinds = Object.keys(loadKindLabels) as LoadKind[];
export const progressionLabels: Record<ProgressionKind, string> = { none: "None", linear: "Linear", double: "Double progression", rpe: "RPE-based" };
export const progressionKinds = Object.keys(progressionLabels) as ProgressionKind[];
export const weekdayLabels = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

let counter = 0;
/** A React key for a row that has no id of its own. */
export const newKey = () => `k${++counter}`;

export const newSlotId = newClientId;

/** "single" for one exercise, "superset" for two, "circuit" for three or more. */
export function slotKindOf(count: number): "single" | "superset" | "circuit" {
  return count <= 1 ? "single" : count === 2 ? "superset" : "circuit";
}

export const defaultIncrementKg = (unit: WeightUnit) => (unit === "kg" ? 2.5 : weightToKg(5, unit));

const text = (value: number) => String(value);

export function newExercise(exerciseId: string, unit: WeightUnit): DraftExercise {
  const set = (): DraftSet => ({ key: newKey(), type: "working", repsMin: "8", repsMax: "12", loadKind: "none", loadValue: "" });
  return {
    key: newKey(),
    exerciseId,
    sets: [set(), set(), set()],
    restSeconds: "120",
    progression: "none",
    increment: text(weightFromKg(defaultIncrementKg(unit), unit)),
    deloadAfterFailures: "3",
    deloadPercent: "10",
    targetRpe: "8",
    notes: "",
  };
}

export function newDay(weekday: number, index: number): DraftDay {
  return { key: newKey(), name: `Day ${index + 1}`, weekday, slots: [] };
}

export function emptyDraft(): Draft {
  return { name: "", description: "", weeks: [{ key: newKey(), days: [newDay(1, 0)] }] };
}

function loadValueOf(load: TLoadTarget, unit: WeightUnit): string {
  switch (load.kind) {
    case "none":
      return "";
    case "absolute":
      return text(weightFromKg(load.kg, unit));
    case "percent_1rm":
      return text(load.percent);
    case "rpe":
      return text(load.rpe);
    case "rir":
      return text(load.rir);
  }
}

function exerciseFromContent(exercise: TSlotExercise, unit: WeightUnit): DraftExercise {
  const fresh = newExercise(exercise.exerciseId, unit);
  const rule = exercise.progression;
  return {
    ...fresh,
    sets: exercise.sets.map((set) => ({
      key: newKey(),
      type: set.type,
      repsMin: text(set.reps.min),
      repsMax: text(set.reps.max),
      loadKind: set.load.kind,
      loadValue: loadValueOf(set.load, unit),
    })),
    restSeconds: text(exercise.restSeconds),
    progression: rule.kind,
    increment: rule.kind === "linear" || rule.kind === "double" ? text(weightFromKg(rule.incrementKg, unit)) : fresh.increment,
    deloadAfterFailures: rule.kind === "linear" ? text(rule.deloadAfterFailures) : fresh.deloadAfterFailures,
    deloadPercent: rule.kind === "linear" ? text(rule.deloadPercent) : fresh.deloadPercent,
    targetRpe: rule.kind === "rpe" ? text(rule.targetRpe) : fresh.targetRpe,
    notes: exercise.notes,
  };
}

export function draftFromContent(content: TProgramContent, unit: WeightUnit): Draft {
  return {
    name: content.name,
    description: content.description,
    weeks: content.weeks.map((week) => ({
      key: newKey(),
      days: week.days.map((day) => ({
        key: newKey(),
        name: day.name,
        weekday: day.weekday,
        slots: day.slots.map((slot) => ({ key: newKey(), id: slot.id, exercises: slot.exercises.map((exercise) => exerciseFromContent(exercise, unit)) })),
      })),
    })),
  };
}

/** A copy with fresh React keys. Slot ids are kept: the same slot in another week shares its history. */
export function cloneWeek(week: DraftWeek): DraftWeek {
  return {
    key: newKey(),
    days: week.days.map((day) => ({
      ...day,
      key: newKey(),
      slots: day.slots.map((slot) => ({
        ...slot,
        key: newKey(),
        exercises: slot.exercises.map((exercise) => ({ ...exercise, key: newKey(), sets: exercise.sets.map((set) => ({ ...set, key: newKey() })) })),
      })),
    })),
  };
}

/** Typed text as a number: "" is NaN (the schema then asks for a number), a decimal comma is accepted. */
export function numberOf(value: string): number {
  const trimmed = value.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

function loadOf(set: DraftSet, unit: WeightUnit): TLoadTarget {
  const value = numberOf(set.loadValue);
  switch (set.loadKind) {
    case "none":
      return { kind: "none" };
    case "absolute":
      return { kind: "absolute", kg: Number.isNaN(value) ? value : weightToKg(value, unit) };
    case "percent_1rm":
      return { kind: "percent_1rm", percent: value };
    case "rpe":
      return { kind: "rpe", rpe: value };
    case "rir":
      return { kind: "rir", rir: value };
  }
}

function setOf(set: DraftSet, unit: WeightUnit): TPlannedSet {
  // One number means an exact target: 5 is 5–5.
  let min = numberOf(set.repsMin);
  let max = numberOf(set.repsMax);
  if (Number.isNaN(max)) max = min;
  if (Number.isNaN(min)) min = max;
  return { type: set.type, reps: { min, max }, load: loadOf(set, unit) };
}

function progressionOf(exercise: DraftExercise, unit: WeightUnit): TProgressionRule {
  const increment = numberOf(exercise.increment);
  const incrementKg = Number.isNaN(increment) ? increment : weightToKg(increment, unit);
  switch (exercise.progression) {
    case "none":
      return { kind: "none" };
    case "linear":
      return { kind: "linear", incrementKg, deloadAfterFailures: numberOf(exercise.deloadAfterFailures), deloadPercent: numberOf(exercise.deloadPercent) };
    case "double":
      return { kind: "double", incrementKg };
    case "rpe":
      return { kind: "rpe", targetRpe: numberOf(exercise.targetRpe) };
  }
}

/** The draft as program content, exactly the ZProgramContent shape (still to be validated). */
export function toContent(draft: Draft, unit: WeightUnit): TProgramContent {
  return {
    name: draft.name,
    description: draft.description,
    weeks: draft.weeks.map((week) => ({
      days: week.days.map((day) => ({
        name: day.name,
        weekday: day.weekday,
        slots: day.slots.map((slot) => ({
          id: slot.id,
          kind: slotKindOf(slot.exercises.length),
          exercises: slot.exercises.map((exercise) => ({
            exerciseId: exercise.exerciseId,
            sets: exercise.sets.map((set) => setOf(set, unit)),
            restSeconds: numberOf(exercise.restSeconds),
            progression: progressionOf(exercise, unit),
            notes: exercise.notes,
          })),
        })),
      })),
    })),
  };
}

const fieldNames: Record<string, string> = {
  min: "reps",
  max: "reps",
  kg: "weight",
  percent: "% 1RM",
  rpe: "RPE",
  rir: "RiR",
  restSeconds: "rest",
  incrementKg: "increment",
  deloadAfterFailures: "deload after failures",
  deloadPercent: "deload %",
  targetRpe: "target RPE",
  notes: "notes",
  description: "description",
};

export function friendlyMessage(message: string): string {
  if (/received NaN|expected number/i.test(message)) return "Enter a number";
  if (/Too small: expected number to be >(=)?0/i.test(message)) return "Must be above zero";
  return message;
}

/** Where in the program an issue is, in words: "Week 1 · Heavy · Barbell Back Squat · set 2 · reps". */
export function describeIssue(path: readonly PropertyKey[], draft: Draft, names: Record<string, ExerciseInfo>, message: string): string {
  const parts: string[] = [];
  const [, weekIndex, , dayIndex, , slotIndex, , exerciseIndex, , setIndex] = path as (string | number)[];
  if (path[0] === "weeks" && typeof weekIndex === "number") {
    parts.push(`Week ${weekIndex + 1}`);
    const day = typeof dayIndex === "number" ? draft.weeks[weekIndex]?.days[dayIndex] : undefined;
    if (day) parts.push(day.name.trim() || `Day ${(dayIndex as number) + 1}`);
    const slot = day && typeof slotIndex === "number" ? day.slots[slotIndex] : undefined;
    if (slot && typeof exerciseIndex === "number") {
      const exercise = slot.exercises[exerciseIndex];
      if (exercise) parts.push(names[exercise.exerciseId]?.name ?? exercise.exerciseId);
      if (path[8] === "sets" && typeof setIndex === "number") parts.push(`set ${setIndex + 1}`);
    } else if (slot) {
      parts.push(`exercise ${(slotIndex as number) + 1}`);
    }
    const last = path[path.length - 1];
    if (typeof last === "string" && fieldNames[last]) parts.push(fieldNames[last]);
  } else if (path[0] === "description") {
    parts.push("Description");
  }
  const text = friendlyMessage(message);
  return parts.length > 0 ? `${parts.join(" · ")}: ${text}` : text;
}

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join(".");
