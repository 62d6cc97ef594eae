"use client";

import { setTypeLabels, setTypes } from "@/lib/train/vocabulary";
import type { WeightUnit } from "@/lib/units";
import { ActionButton, SelectField, TextField } from "./fields";
import { loadKindLabels, loadKinds, type DraftSet, type LoadKind } from "./program-draft";

const setTypeOptions = setTypes.map((value) => ({ value, label: setTypeLabels[value] }));
const loadOptions = loadKinds.map((value) => ({ value, label: loadKindLabels[value] }));

function loadValueLabel(kind: LoadKind, unit: WeightUnit): string {
  switch (kind) {
    case "absolute":
      return `Weight (${unit})`;
    case "percent_1rm":
      return "% of 1RM";
    case "rpe":
      return "RPE";
    case "rir":
      return "Reps in reserve";
    default:
      return "";
  }
}

type Props = {
  set: DraftSet;
  index: number;
  unit: WeightUnit;
  /** Errors keyed by path below this set ("reps.max", "load.kg"). */
  errorAt(key: string): string | undefined;
  onChange(patch: Partial<DraftSet>): void;
  onRemove?: () => void;
};

/** One planned set: type, rep target (one number or a range) and load. */
export function SetRow({ set, index, unit, errorAt, onChange, onRemove }: Props) {
  const context = `Set ${index + 1}`;
  const loadErrorKey = { none: "", absolute: "load.kg", percent_1rm: "load.percent", rpe: "load.rpe", rir: "load.rir" }[set.loadKind];
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-2 sm:p-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <p className="text-sm font-semibold text-slate-800">{context}</p>
        {onRemove ? (
          <ActionButton context={`set ${index + 1}`} onClick={onRemove} tone="danger">
            Remove
          </ActionButton>
        ) : null}
      </div>
      <div className="grid grid-cols-4 items-start gap-2 sm:flex sm:flex-wrap">
        <SelectField className="col-span-2 sm:w-36" label="Type" context={context} value={set.type} options={setTypeOptions} onChange={(type) => onChange({ type })} />
        <TextField className="sm:w-20" label="Reps" context={context} inputMode="numeric" value={set.repsMin} error={errorAt("reps.min")} onChange={(repsMin) => onChange({ repsMin })} />
        <TextField className="sm:w-20" label="to (max)" context={`${context} reps`} inputMode="numeric" value={set.repsMax} error={errorAt("reps.max")} onChange={(repsMax) => onChange({ repsMax })} />
        <SelectField className="col-span-2 sm:w-32" label="Load" context={context} value={set.loadKind} options={loadOptions} onChange={(loadKind) => onChange({ loadKind, loadValue: "" })} />
        {set.loadKind !== "none" ? (
          <TextField
            className="col-span-2 sm:w-32"
            label={loadValueLabel(set.loadKind, unit)}
            context={context}
            inputMode="decimal"
            value={set.loadValue}
            error={errorAt(loadErrorKey)}
            onChange={(loadValue) => onChange({ loadValue })}
          />
        ) : null}
      </div>
    </li>
  );
}
