"use client";

import { useState } from "react";
import type { TWorkoutSet } from "@/lib/schemas/workout";
import { recordLabels, type RecordKind } from "@/lib/train/records";
import { setTypeLabels, setTypes, setTypeTags, type MeasurementType } from "@/lib/train/vocabulary";
import { weightForInput, weightToKg, type WeightUnit } from "@/lib/units";
import { describeSet } from "@/lib/train/describe-set";
import type { SetValues } from "@/lib/train/workout-reducer";

/** A logged set: tap to edit or delete. Shows whether it has reached the server and any record. */
export function SetRow(props: {
  set: TWorkoutSet;
  index: number;
  measurement: MeasurementType;
  unit: WeightUnit;
  sync: "pending" | "synced" | "refused";
  onSave: (values: Partial<SetValues>) => void;
  onDelete: () => void;
  onMove: (direction: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
}) {
  const { set, index, measurement, unit, sync } = props;
  const [editing, setEditing] = useState(false);
  const [weight, setWeight] = useState(set.weightKg !== null ? String(weightForInput(set.weightKg, unit)) : "");
  const [error, setError] = useState<string | null>(null);
  const [seconds, setSeconds] = useState(set.durationSec !== null ? String(set.durationSec) : "");
  const [km, setKm] = useState(set.distanceM !== null ? String(set.distanceM / 1000) : "");
  const [reps, setReps] = useState(set.reps !== null ? String(set.reps) : "");
  const [type, setType] = useState(set.type);
  const [notes, setNotes] = useState(set.notes);
  const tag = setTypeTags[set.type];
  const label = `Set ${index + 1}`;

  if (editing) {
    return (
      <li className="rounded-xl border border-slate-300 bg-slate-50 p-3">
        <form
          className="grid grid-cols-2 gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const weightValue = weight.trim() === "" ? null : Number(weight.replace(",", "."));
            const repsValue = reps.trim() === "" ? null : Number(reps);
            if (weightValue !== null && (!Number.isFinite(weightValue) || weightValue < 0 || weightValue > 2000)) return setError("Enter a weight of 0 or more.");
            if (repsValue !== null && (!Number.isInteger(repsValue) || repsValue < 0 || repsValue > 1000)) return setError("Reps are a whole number, 0 or more.");
            if ((measurement === "weight_reps" || measurement === "reps") && repsValue === null) return setError("Enter the reps.");
            const secondsValue = seconds.trim() === "" ? null : Number(seconds);
            const kmValue = km.trim() === "" ? null : Number(km.replace(",", "."));
            if (measurement === "time" && !(secondsValue !== null && Number.isInteger(secondsValue) && secondsValue > 0)) return setError("Enter the time in whole seconds.");
            if (measurement === "distance" && !(kmValue !== null && kmValue > 0 && kmValue <= 1000)) return setError("Enter the distance in km.");
            setError(null);
            props.onSave(
              measurement === "weight_reps" || measurement === "reps"
                ? { type, notes, weightKg: weightValue === null ? null : weightToKg(weightValue, unit), ...(repsValue !== null ? { reps: repsValue } : {}) }
                : { type, notes, durationSec: secondsValue, ...(measurement === "distance" ? { distanceM: Math.round((kmValue ?? 0) * 1000) } : {}) },
            );
            setEditing(false);
          }}
        >
          {measurement === "weight_reps" || measurement === "reps" ? (
            <>
              <label className="text-sm text-slate-700">
                Weight ({unit})
                <input className="input" inputMode="decimal" value={weight} onChange={(event) => setWeight(event.target.value)} />
              </label>
              <label className="text-sm text-slate-700">
                Reps
                <input className="input" inputMode="numeric" value={reps} onChange={(event) => setReps(event.target.value)} />
              </label>
            </>
          ) : (
            <>
              <label className="text-sm text-slate-700">
                Time (seconds)
                <input className="input" inputMode="numeric" value={seconds} onChange={(event) => setSeconds(event.target.value)} />
              </label>
              {measurement === "distance" ? (
                <label className="text-sm text-slate-700">
                  Distance (km)
                  <input className="input" inputMode="decimal" value={km} onChange={(event) => setKm(event.target.value)} />
                </label>
              ) : null}
            </>
          )}
          <label className="text-sm text-slate-700">
            Set type
            <select className="input" value={type} onChange={(event) => setType(event.target.value as TWorkoutSet["type"])}>
              {setTypes.map((option) => (
                <option key={option} value={option}>
                  {setTypeLabels[option]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm text-slate-700">
            Note
            <input className="input" value={notes} onChange={(event) => setNotes(event.target.value)} maxLength={1000} />
          </label>
          {error ? (
            <p role="alert" className="field-error col-span-2">
              {error}
            </p>
          ) : null}
          <div className="col-span-2 flex gap-2">
            <button type="submit" className="btn-primary flex-1">
              Save set
            </button>
            <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="button" className="btn border border-red-300 bg-white text-red-700" onClick={props.onDelete}>
              Delete
            </button>
          </div>
          <div className="col-span-2 flex gap-2">
            <button type="button" className="btn-secondary flex-1" disabled={props.isFirst} onClick={() => props.onMove(-1)}>
              Move set up
            </button>
            <button type="button" className="btn-secondary flex-1" disabled={props.isLast} onClick={() => props.onMove(1)}>
              Move set down
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li>
      <button
        type="button"
        className="flex min-h-11 w-full items-center justify-between gap-2 rounded-xl px-3 py-2 text-left hover:bg-slate-100"
        onClick={() => setEditing(true)}
        aria-label={`${label}: ${describeSet(set, measurement, unit)}. Edit`}
      >
        <span className="flex items-center gap-2">
          <span className="w-8 text-sm font-semibold text-slate-600">{tag || index + 1}</span>
          <span className="font-medium text-slate-900">{describeSet(set, measurement, unit)}</span>
          {set.notes ? <span className="text-sm text-slate-600">· {set.notes}</span> : null}
        </span>
        <span className="flex items-center gap-2">
          {set.records.length > 0 ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" title={set.records.map((kind) => recordLabels[kind as RecordKind] ?? kind).join(", ")}>
              PR
            </span>
          ) : null}
          <span className={`text-xs ${sync === "refused" ? "font-semibold text-red-700" : sync === "pending" ? "text-amber-800" : "text-emerald-800"}`} data-testid="set-sync">
            {sync === "refused" ? "Not saved" : sync === "pending" ? "Pending" : "Synced"}
          </span>
        </span>
      </button>
    </li>
  );
}
