"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { activityLabels, activityLevels, type ActivityLevel } from "@/lib/nutrition/energy";
import { fieldErrorsOf, messageOf } from "@/lib/trpc/react";
import { waterFromMl, waterToMl, type WaterUnit } from "./targets-format";

export type SetupChoice = { activity: ActivityLevel; trainingDaysPerWeek: number; waterMl: number };

/**
 * The questions targets are calculated from (with the profile): how active the member is, how many days a
 * week they train, and how much water to aim for. The member's setup and the trainer's "Recalculate".
 */
export function SetupForm(props: {
  idPrefix: string;
  ariaLabel: string;
  initial: { activity: ActivityLevel; trainingDaysPerWeek: number; waterMl: number };
  waterUnit: WaterUnit;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (choice: SetupChoice) => void;
  onCancel?: () => void;
}) {
  const [activity, setActivity] = useState<ActivityLevel>(props.initial.activity);
  const [days, setDays] = useState(String(props.initial.trainingDaysPerWeek));
  const [water, setWater] = useState(String(waterFromMl(props.initial.waterMl, props.waterUnit)));
  const [waterError, setWaterError] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(props.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(water);
    const ml = waterToMl(value, props.waterUnit);
    if (water.trim() === "" || !Number.isFinite(value)) return setWaterError("Enter a number");
    if (ml < 500 || ml > 8_000) return setWaterError(props.waterUnit === "ml" ? "Between 500 and 8,000 ml" : "Between 17 and 270 fl oz");
    setWaterError(null);
    props.onSubmit({ activity, trainingDaysPerWeek: Number(days), waterMl: ml });
  }

  const daysId = `${props.idPrefix}-days`;
  const waterId = `${props.idPrefix}-water`;
  const shownWaterError = waterError ?? serverErrors.waterMl;
  return (
    <form className="space-y-4" aria-label={props.ariaLabel} onSubmit={submit} noValidate>
      {props.error && !serverErrors.waterMl ? <Alert>{messageOf(props.error)}</Alert> : null}
      <fieldset>
        <legend className="label">How active are you outside your workouts and sport?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {activityLevels.map((level) => (
            <label key={level} className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name={`${props.idPrefix}-activity`} value={level} checked={activity === level} onChange={() => setActivity(level)} className="mt-1 accent-brand-600" />
              <span>
                <span className="block text-sm font-semibold">{activityLabels[level].name}</span>
                <span className="block text-sm text-slate-600">{activityLabels[level].blurb}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={daysId} className="label">
          Training days a week
        </label>
        <select id={daysId} className="input" value={days} onChange={(event) => setDays(event.target.value)} aria-describedby={`${daysId}-hint`}>
          {[0, 1, 2, 3, 4, 5, 6, 7].map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
        <p id={`${daysId}-hint`} className="mt-1 text-sm text-slate-500">
          Training days get more carbohydrate; the week still averages out to your goal.
        </p>
      </div>
      <div>
        <label htmlFor={waterId} className="label">
          Water a day ({props.waterUnit})
        </label>
        <input
          id={waterId}
          className="input"
          inputMode="numeric"
          value={water}
          onChange={(event) => setWater(event.target.value)}
          aria-invalid={shownWaterError ? true : undefined}
          aria-describedby={shownWaterError ? `${waterId}-error` : undefined}
        />
        {shownWaterError ? (
          <p id={`${waterId}-error`} className="field-error" role="alert">
            {shownWaterError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={props.pending}>
          {props.pending ? "Calculating…" : props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" className="btn-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
