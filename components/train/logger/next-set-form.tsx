"use client";

import { useEffect, useState } from "react";
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import type { TWorkoutEntry } from "@/lib/schemas/workout";
import { loadingFor } from "@/lib/train/plates";
import { nextSetDefaults, type SetValues } from "@/lib/train/workout-reducer";
import { setTypeLabels, setTypes, type SetType } from "@/lib/train/vocabulary";
import { weightForInput, weightFromKg, weightToKg, type WeightUnit } from "@/lib/units";
import { PlateBreakdownView } from "../plate-calculator";

/** The step the −/+ buttons move a weight by: what the member can actually add to this equipment. */
function weightStep(entry: TWorkoutEntry, setup: TTrainingSetup): number {
  const smallestPlate = Math.min(...setup.plates.map((plate) => plate.weight));
  switch (loadingFor(entry.exercise.equipment)) {
    case "bar":
      return smallestPlate * 2;
    case "dumbbell":
      return setup.dumbbellStep;
    case "machine":
      return setup.machineStep;
    default:
      return smallestPlate;
  }
}

/** The member types in their unit; their plates may be in the other one. */
const inSetupUnit = (value: number, unit: WeightUnit, setup: TTrainingSetup) => (setup.unit === unit ? value : weightFromKg(weightToKg(value, unit), setup.unit));

const toNumber = (text: string) => (text.trim() === "" ? null : Number(text.replace(",", ".")));

/**
 * The next set, pre-filled from today's target, else last time's same set, else the set just done:
 * logging it as planned is one tap on "Log set".
 */
export function NextSetForm(props: { entry: TWorkoutEntry; unit: WeightUnit; setup: TTrainingSetup; onLog: (values: SetValues) => void }) {
  const { entry, unit, setup } = props;
  const defaults = nextSetDefaults(entry);
  const measurement = entry.exercise.measurement;
  const [weight, setWeight] = useState("");
  const [reps, setReps] = useState("");
  const [minutes, setMinutes] = useState("");
  const [seconds, setSeconds] = useState("");
  const [km, setKm] = useState("");
  const [type, setType] = useState<SetType>("working");
  const [rpe, setRpe] = useState("");
  const [notes, setNotes] = useState("");
  const [showPlates, setShowPlates] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Re-fill after each logged set (the defaults move on to the next planned set), and when last
  // time's sets or today's targets arrive from the server before the first set.
  const setCount = entry.sets.length;
  const detailsArrived = setCount === 0 ? `${entry.previous?.dayKey ?? ""}|${entry.prescription?.reason ?? ""}` : "";
  useEffect(() => {
    setWeight(defaults.weightKg !== null ? String(weightForInput(defaults.weightKg, unit)) : "");
    setReps(defaults.reps !== null ? String(defaults.reps) : "");
    setMinutes(defaults.durationSec ? String(Math.floor(defaults.durationSec / 60)) : "");
    setSeconds(defaults.durationSec ? String(defaults.durationSec % 60) : "");
    setKm(defaults.distanceM ? String(defaults.distanceM / 1000) : "");
    setType(defaults.type);
    setRpe("");
    setNotes("");
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setCount, entry.id, detailsArrived]);

  const step = weightStep(entry, setup);
  const bump = (text: string, delta: number, decimals = 2) => {
    const value = Math.max(0, (toNumber(text) ?? 0) + delta);
    return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
  };
  const id = (name: string) => `${entry.id}-${name}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const weightValue = toNumber(weight);
    const repsValue = toNumber(reps);
    if (weightValue !== null && (!Number.isFinite(weightValue) || weightValue < 0)) return setError("Enter a weight of 0 or more.");
    if ((measurement === "weight_reps" || measurement === "reps") && (repsValue === null || !Number.isInteger(repsValue) || repsValue < 0)) {
      return setError("Enter the reps you did.");
    }
    const durationSec = (toNumber(minutes) ?? 0) * 60 + (toNumber(seconds) ?? 0);
    if (measurement === "time" && !(durationSec > 0)) return setError("Enter how long you held it.");
    const distance = toNumber(km);
    if (measurement === "distance" && !(distance && distance > 0)) return setError("Enter the distance.");
    setError(null);
    props.onLog({
      type,
      weightKg: weightValue !== null ? weightToKg(weightValue, unit) : measurement === "weight_reps" ? 0 : null,
      reps: measurement === "weight_reps" || measurement === "reps" ? repsValue : null,
      rpe: rpe ? Number(rpe) : null,
      durationSec: measurement === "time" || (measurement === "distance" && durationSec > 0) ? durationSec : null,
      distanceM: measurement === "distance" && distance ? Math.round(distance * 1000) : null,
      notes: notes.trim(),
    });
  }

  const stepper = (label: string, fieldId: string, value: string, set: (value: string) => void, delta: number, mode: "decimal" | "numeric") => (
    <div>
      <label htmlFor={fieldId} className="label">
        {label}
      </label>
      <div className="flex items-center gap-1">
        <button type="button" className="btn-secondary px-3" aria-label={`${label}: less`} onClick={() => set(bump(value, -delta))}>
          −
        </button>
        <input id={fieldId} className="input text-center" inputMode={mode} value={value} onChange={(event) => set(event.target.value)} />
        <button type="button" className="btn-secondary px-3" aria-label={`${label}: more`} onClick={() => set(bump(value, delta))}>
          +
        </button>
      </div>
    </div>
  );

  return (
    <form className="space-y-3 rounded-xl bg-slate-50 p-3" onSubmit={submit} aria-label={`Next set of ${entry.exercise.name}`}>
      <div className="grid grid-cols-2 gap-3">
        {measurement === "weight_reps" || measurement === "reps" ? (
          <>
            {stepper(measurement === "reps" ? `Added weight (${unit})` : `Weight (${unit})`, id("weight"), weight, setWeight, step, "decimal")}
            {stepper("Reps", id("reps"), reps, setReps, 1, "numeric")}
          </>
        ) : null}
        {measurement === "time" || measurement === "distance" ? (
          <>
            {measurement === "distance" ? stepper("Distance (km)", id("km"), km, setKm, 0.5, "decimal") : null}
            <div>
              <label htmlFor={id("minutes")} className="label">
                Minutes
              </label>
              <input id={id("minutes")} className="input" inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.target.value)} />
            </div>
            <div>
              <label htmlFor={id("seconds")} className="label">
                Seconds
              </label>
              <input id={id("seconds")} className="input" inputMode="numeric" value={seconds} onChange={(event) => setSeconds(event.target.value)} />
            </div>
          </>
        ) : null}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer py-2 font-medium text-slate-700">Set type, RPE, note{loadingFor(entry.exercise.equipment) === "bar" ? ", plates" : ""}</summary>
        <div className="grid grid-cols-2 gap-3 pt-2">
          <div>
            <label htmlFor={id("type")} className="label">
              Set type
            </label>
            <select id={id("type")} className="input" value={type} onChange={(event) => setType(event.target.value as SetType)}>
              {setTypes.map((option) => (
                <option key={option} value={option}>
                  {setTypeLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={id("rpe")} className="label">
              RPE
            </label>
            <select id={id("rpe")} className="input" value={rpe} onChange={(event) => setRpe(event.target.value)}>
              <option value="">—</option>
              {[6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <div className="col-span-2">
            <label htmlFor={id("notes")} className="label">
              Note for this set
            </label>
            <input id={id("notes")} className="input" value={notes} maxLength={1000} onChange={(event) => setNotes(event.target.value)} />
          </div>
          {loadingFor(entry.exercise.equipment) === "bar" ? (
            <div className="col-span-2">
              <button type="button" className="btn-secondary" onClick={() => setShowPlates((shown) => !shown)} aria-expanded={showPlates}>
                Plates for this weight
              </button>
              {showPlates ? (
                <div className="mt-2">
                  <PlateBreakdownView total={inSetupUnit(toNumber(weight) ?? 0, unit, setup)} setup={setup} />
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      </details>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full">
        Log set {setCount + 1}
      </button>
    </form>
  );
}
