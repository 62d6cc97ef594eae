"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, FormField } from "@/components/ui/form-field";
import { ZCustomExerciseRequestSchema, type TCustomExerciseRequest, type TExercise } from "@/lib/schemas/exercise";
import {
  equipmentKinds,
  equipmentLabels,
  measurementLabels,
  measurementTypes,
  movementPatternLabels,
  movementPatterns,
  muscleLabels,
  muscles,
  type Equipment,
  type MeasurementType,
  type MovementPattern,
  type Muscle,
} from "@/lib/train/vocabulary";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc/react";

type Props = { canShare: boolean; onCreated?: (exercise: TExercise) => void };

const MAX_PRIMARY = 5;
const MAX_SECONDARY = 8;

type Draft = {
  name: string;
  aliases: string;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  equipment: Equipment | "";
  pattern: MovementPattern | "";
  measurement: MeasurementType;
  unilateral: boolean;
  shareWithClients: boolean;
};

const emptyDraft: Draft = {
  name: "",
  aliases: "",
  primaryMuscles: [],
  secondaryMuscles: [],
  equipment: "",
  pattern: "",
  measurement: "weight_reps",
  unilateral: false,
  shareWithClients: false,
};

/** "Pendlay row, barbell row ," → ["Pendlay row", "barbell row"] (case-insensitive duplicates dropped). */
function splitAliases(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(",")) {
    const alias = part.trim();
    if (!alias || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    out.push(alias);
  }
  return out;
}

/** Adds a custom exercise to the caller's library; trainers may share it with their clients. */
export function CustomExerciseForm({ canShare, onCreated }: Props) {
  const trpc = useTRPC();
  const ids = useId();
  const id = (field: string) => `${ids}-${field}`;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(trpc.exercises.create.mutationOptions());

  const errors: Record<string, string> = { ...fieldErrorsOf(create.error), ...clientErrors };
  const formError = create.error ? messageOf(create.error) : null;

  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setAdded(null);
  };

  function togglePrimary(muscle: Muscle, checked: boolean) {
    setDraft((current) => ({
      ...current,
      primaryMuscles: checked ? [...current.primaryMuscles, muscle] : current.primaryMuscles.filter((value) => value !== muscle),
      // A main muscle is not also a secondary one.
      secondaryMuscles: checked ? current.secondaryMuscles.filter((value) => value !== muscle) : current.secondaryMuscles,
    }));
    setAdded(null);
  }

  function toggleSecondary(muscle: Muscle, checked: boolean) {
    setDraft((current) => ({
      ...current,
      secondaryMuscles: checked ? [...current.secondaryMuscles, muscle] : current.secondaryMuscles.filter((value) => value !== muscle),
    }));
    setAdded(null);
  }

  function focusFirstError(keys: string[]) {
    const order: [string, string][] = [
      ["name", id("name")],
      ["aliases", id("aliases")],
      ["primaryMuscles", id(`primary-${draft.primaryMuscles[0] ?? muscles[0]}`)],
      ["secondaryMuscles", id(`secondary-${draft.secondaryMuscles[0] ?? muscles[0]}`)],
      ["equipment", id("equipment")],
      ["pattern", id("pattern")],
      ["measurement", id("measurement")],
    ];
    const target = order.find(([key]) => keys.includes(key));
    if (target) requestAnimationFrame(() => document.getElementById(target[1])?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    create.reset();
    const request: TCustomExerciseRequest = {
      name: draft.name,
      aliases: splitAliases(draft.aliases),
      primaryMuscles: draft.primaryMuscles,
      secondaryMuscles: draft.secondaryMuscles,
      equipment: draft.equipment as Equipment,
      pattern: draft.pattern as MovementPattern,
      unilateral: draft.unilateral,
      measurement: draft.measurement,
      shareWithClients: canShare && draft.shareWithClients,
    };
    const parsed = ZCustomExerciseRequestSchema.safeParse(request);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        if (!found[key]) found[key] = issue.message;
      }
      setClientErrors(found);
      focusFirstError(Object.keys(found));
      return;
    }
    setClientErrors({});
    create.mutate(parsed.data, {
      onSuccess: (exercise) => {
        setDraft(emptyDraft);
        setAdded(exercise.name);
        onCreated?.(exercise);
      },
      onError: (error) => focusFirstError(Object.keys(fieldErrorsOf(error))),
    });
  }

  const primaryFull = draft.primaryMuscles.length >= MAX_PRIMARY;
  const secondaryFull = draft.secondaryMuscles.length >= MAX_SECONDARY;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="New exercise">
      {formError ? <Alert>{formError}</Alert> : null}
      {errors.form ? <Alert>{errors.form}</Alert> : null}

      <FormField id={id("name")} label="Name" error={errors.name}>
        <input
          id={id("name")}
          className="input"
          autoComplete="off"
          maxLength={80}
          value={draft.name}
          onChange={(event) => update({ name: event.target.value })}
          aria-invalid={Boolean(errors.name)}
          aria-describedby={describedBy(id("name"), errors.name)}
        />
      </FormField>

      <FormField id={id("aliases")} label="Other names (optional)" hint="Separate with commas, for example: Pendlay row, dead-stop row." error={errors.aliases}>
        <input
          id={id("aliases")}
          className="input"
          autoComplete="off"
          value={draft.aliases}
          onChange={(event) => update({ aliases: event.target.value })}
          aria-invalid={Boolean(errors.aliases)}
          aria-describedby={describedBy(id("aliases"), errors.aliases, "hint")}
        />
      </FormField>

      <MuscleGroup
        legend="Main muscles"
        hint={`Choose 1 to ${MAX_PRIMARY}.`}
        prefix={id("primary")}
        error={errors.primaryMuscles}
        checked={draft.primaryMuscles}
        isDisabled={(muscle) => primaryFull && !draft.primaryMuscles.includes(muscle)}
        onToggle={togglePrimary}
      />

      <MuscleGroup
        legend="Secondary muscles (optional)"
        hint="A main muscle cannot also be a secondary one."
        prefix={id("secondary")}
        error={errors.secondaryMuscles}
        checked={draft.secondaryMuscles}
        isDisabled={(muscle) => draft.primaryMuscles.includes(muscle) || (secondaryFull && !draft.secondaryMuscles.includes(muscle))}
        onToggle={toggleSecondary}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={id("equipment")} label="Equipment" error={errors.equipment}>
          <select
            id={id("equipment")}
            className="input"
            value={draft.equipment}
            onChange={(event) => update({ equipment: event.target.value as Equipment | "" })}
            aria-invalid={Boolean(errors.equipment)}
            aria-describedby={describedBy(id("equipment"), errors.equipment)}
          >
            <option value="">Choose…</option>
            {equipmentKinds.map((value) => (
              <option key={value} value={value}>
                {equipmentLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id("pattern")} label="Movement pattern" error={errors.pattern}>
          <select
            id={id("pattern")}
            className="input"
            value={draft.pattern}
            onChange={(event) => update({ pattern: event.target.value as MovementPattern | "" })}
            aria-invalid={Boolean(errors.pattern)}
            aria-describedby={describedBy(id("pattern"), errors.pattern)}
          >
            <option value="">Choose…</option>
            {movementPatterns.map((value) => (
              <option key={value} value={value}>
                {movementPatternLabels[value]}
              </option>
            ))}
          </select>
        </FormField>
      </div>

      <FormField id={id("measurement")} label="What a set records" error={errors.measurement}>
        <select
          id={id("measurement")}
          className="input"
          value={draft.measurement}
          onChange={(event) => update({ measurement: event.target.value as MeasurementType })}
          aria-invalid={Boolean(errors.measurement)}
          aria-describedby={describedBy(id("measurement"), errors.measurement)}
        >
          {measurementTypes.map((value) => (
            <option key={value} value={value}>
              {measurementLabels[value]}
            </option>
          ))}
        </select>
      </FormField>

      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800">
        <input type="checkbox" className="h-5 w-5 rounded border-slate-400" checked={draft.unilateral} onChange={(event) => update({ unilateral: event.target.checked })} />
        One side at a time
      </label>

      {canShare ? (
        <div>
          <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              className="h-5 w-5 rounded border-slate-400"
              checked={draft.shareWithClients}
              onChange={(event) => update({ shareWithClients: event.target.checked })}
              aria-describedby={id("share-hint")}
            />
            Share with my clients
          </label>
          <p id={id("share-hint")} className="text-sm text-slate-500">
            Your clients can then find it in their library and log it.
          </p>
        </div>
      ) : null}

      {added ? <Alert tone="success">Added “{added}” to your library.</Alert> : null}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add exercise"}
      </button>
    </form>
  );
}

function MuscleGroup(props: {
  legend: string;
  hint: string;
  prefix: string;
  error?: string;
  checked: Muscle[];
  isDisabled: (muscle: Muscle) => boolean;
  onToggle: (muscle: Muscle, checked: boolean) => void;
}) {
  return (
    <fieldset aria-describedby={props.error ? `${props.prefix}-error` : `${props.prefix}-hint`}>
      <legend className="label">{props.legend}</legend>
      <p id={`${props.prefix}-hint`} className="mb-2 text-sm text-slate-500">
        {props.hint}
      </p>
      <div className="grid grid-cols-2 gap-x-3 sm:grid-cols-3">
        {muscles.map((muscle) => {
          const disabled = props.isDisabled(muscle);
          return (
            <label key={muscle} className={`flex min-h-11 items-center gap-2 text-sm ${disabled ? "text-slate-500" : "text-slate-800"}`}>
              <input
                id={`${props.prefix}-${muscle}`}
                type="checkbox"
                className="h-5 w-5 shrink-0 rounded border-slate-400"
                checked={props.checked.includes(muscle)}
                disabled={disabled}
                onChange={(event) => props.onToggle(muscle, event.target.checked)}
              />
              {muscleLabels[muscle]}
            </label>
          );
        })}
      </div>
      {props.error ? (
        <p id={`${props.prefix}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
