"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { nutrientKeys, type NutrientKey, type Nutrients } from "@/lib/nutrition/nutrients";
import type { TDayTargets } from "@/lib/schemas/nutrition";
import { messageOf } from "@/lib/trpc/react";
import { dayTypes, nutrientRows, waterFromMl, waterToMl, type WaterUnit } from "./targets-format";

type DayKey = keyof TDayTargets;
type Draft = Record<DayKey, Record<NutrientKey, string>>;
export type TargetsEdit = { targets: TDayTargets; waterMl?: number; note: string };

const MIN_KCAL = 800; // The server refuses less: such targets need medical supervision.
const limits: Record<NutrientKey, number> = { energyKcal: 10_000, proteinG: 1_000, carbsG: 1_000, fatG: 1_000, fiberG: 1_000 };

const draftOf = (targets: TDayTargets): Draft => ({
  training: Object.fromEntries(nutrientKeys.map((key) => [key, String(targets.training[key])])) as Draft["training"],
  rest: Object.fromEntries(nutrientKeys.map((key) => [key, String(targets.rest[key])])) as Draft["rest"],
});

/** Checks every number the way the server will, so mistakes show next to the field before sending. */
function validate(draft: Draft): { targets: TDayTargets | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const days = {} as Record<DayKey, Nutrients>;
  for (const day of ["training", "rest"] as const) {
    const values = {} as Nutrients;
    for (const key of nutrientKeys) {
      const text = draft[day][key].trim();
      const value = Number(text);
      const unit = key === "energyKcal" ? "kcal" : "g";
      if (text === "" || !Number.isFinite(value)) errors[`${day}.${key}`] = "Enter a number";
      else if (value < 0) errors[`${day}.${key}`] = "Cannot be negative";
      else if (value > limits[key]) errors[`${day}.${key}`] = `At most ${limits[key].toLocaleString("en-US")} ${unit}`;
      else if (key === "energyKcal" && value < MIN_KCAL) errors[`${day}.${key}`] = `At least ${MIN_KCAL} kcal: lower targets need medical supervision`;
      values[key] = key === "energyKcal" ? Math.round(value) : Math.round(value * 10) / 10;
    }
    days[day] = values;
  }
  return { targets: Object.keys(errors).length === 0 ? days : null, errors };
}

/**
 * Training-day and rest-day numbers typed by hand: the member's own edit, "edit then accept" a
 * proposal, and the trainer's edit & approve all use it. Water and a note are optional extras.
 */
export function TargetsEditor(props: {
  idPrefix: string;
  ariaLabel: string;
  initial: TDayTargets;
  water?: { ml: number; unit: WaterUnit };
  withNote?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (edit: TargetsEdit) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.initial));
  const [water, setWater] = useState(props.water ? String(waterFromMl(props.water.ml, props.water.unit)) : "");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(draft);
    const nextErrors = { ...checked.errors };
    let waterMl: number | undefined;
    if (props.water) {
      const value = Number(water);
      const ml = waterToMl(value, props.water.unit);
      if (water.trim() === "" || !Number.isFinite(value)) nextErrors.water = "Enter a number";
      else if (ml < 500 || ml > 8_000) nextErrors.water = props.water.unit === "ml" ? "Between 500 and 8,000 ml" : "Between 17 and 270 fl oz";
      else waterMl = ml;
    }
    setErrors(nextErrors);
    if (!checked.targets || Object.keys(nextErrors).length > 0) return;
    props.onSubmit({ targets: checked.targets, waterMl, note: note.trim() });
  }

  return (
    <form className="space-y-4" aria-label={props.ariaLabel} onSubmit={submit} noValidate>
      {props.error ? <Alert>{messageOf(props.error)}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {dayTypes.map((day) => (
          <fieldset key={day.key} className="space-y-2 rounded-xl border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{day.label}</legend>
            {nutrientRows.map((row) => {
              const id = `${props.idPrefix}-${day.key}-${row.key}`;
              const error = errors[`${day.key}.${row.key}`];
              return (
                <div key={row.key}>
                  <label htmlFor={id} className="label">
                    <span className="sr-only">{day.label}: </span>
                    {row.label} ({row.unit})
                  </label>
                  <input
                    id={id}
                    className="input"
                    inputMode={row.key === "energyKcal" ? "numeric" : "decimal"}
                    value={draft[day.key][row.key]}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(event) => setDraft((current) => ({ ...current, [day.key]: { ...current[day.key], [row.key]: event.target.value } }))}
                  />
                  {error ? (
                    <p id={`${id}-error`} className="field-error">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      {props.water ? (
        <div>
          <label htmlFor={`${props.idPrefix}-water`} className="label">
            Water a day ({props.water.unit})
          </label>
          <input
            id={`${props.idPrefix}-water`}
            className="input"
            inputMode="numeric"
            value={water}
            aria-invalid={errors.water ? true : undefined}
            aria-describedby={errors.water ? `${props.idPrefix}-water-error` : undefined}
            onChange={(event) => setWater(event.target.value)}
          />
          {errors.water ? (
            <p id={`${props.idPrefix}-water-error`} className="field-error">
              {errors.water}
            </p>
          ) : null}
        </div>
      ) : null}
      {props.withNote ? (
        <div>
          <label htmlFor={`${props.idPrefix}-note`} className="label">
            Note (optional)
          </label>
          <textarea id={`${props.idPrefix}-note`} className="input" rows={2} maxLength={300} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
      ) : null}
      {Object.keys(errors).length > 0 ? <p className="field-error" role="alert">Check the highlighted numbers.</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={props.pending}>
          {props.pending ? "Saving…" : props.submitLabel}
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
