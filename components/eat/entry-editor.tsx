"use client";

import { useId, useState } from "react";
import type { Meal, TAmount, TDiaryEntryView } from "@/lib/schemas/nutrition";
import { FormField } from "@/components/ui/form-field";
import { AmountInput, MealSelect } from "./amount-fields";
import { rescaledEntry } from "./diary-display";

type Props = {
  entry: TDiaryEntryView;
  onSave(change: { meal?: Meal; amount?: TAmount }): void;
  onRemove(): void;
  onClose(): void;
};

/** Change an entry's amount (in its serving or grams) or meal, or remove it after a second tap. */
export function EntryEditor({ entry, onSave, onRemove, onClose }: Props) {
  const id = useId();
  const [unit, setUnit] = useState<"serving" | "g">(entry.serving ? "serving" : "g");
  const [value, setValue] = useState(String(entry.serving ? entry.serving.count : (entry.grams ?? "")));
  const [meal, setMeal] = useState<Meal>(entry.meal);
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const hasAmount = entry.kind === "food" && entry.grams !== null;

  const amountOf = (): TAmount | null => {
    const number = Number(value.replace(",", "."));
    if (!Number.isFinite(number) || number <= 0) return null;
    return unit === "serving" && entry.serving ? { unit: "serving", label: entry.serving.label, count: number } : { unit: "g", grams: number };
  };
  const amount = hasAmount ? amountOf() : null;
  const preview = amount ? rescaledEntry(entry, amount) : entry;

  function save(event: React.FormEvent) {
    event.preventDefault();
    if (hasAmount && !amount) return setError("Enter an amount above 0");
    const change: { meal?: Meal; amount?: TAmount } = {};
    if (meal !== entry.meal) change.meal = meal;
    if (amount && (preview.grams !== entry.grams || (entry.serving && unit === "g"))) change.amount = amount;
    if (change.meal || change.amount) onSave(change);
    onClose();
  }

  return (
    <form onSubmit={save} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3" aria-label={`Edit ${entry.name}`}>
      {hasAmount ? (
        <div className="grid grid-cols-2 gap-2">
          <AmountInput
            id={`${id}-amount`}
            value={value}
            error={error}
            onChange={(next) => {
              setValue(next);
              setError(undefined);
            }}
          />
          <FormField id={`${id}-unit`} label="Unit">
            <select
              id={`${id}-unit`}
              className="input"
              value={unit}
              onChange={(event) => {
                const next = event.target.value as "serving" | "g";
                // Switching units keeps the same amount of food: the grams it weighs, or the servings.
                if (next === "g") setValue(String(preview.grams ?? ""));
                else if (entry.serving) setValue(String(Math.round(((preview.grams ?? 0) / entry.serving.grams) * 100) / 100));
                setUnit(next);
              }}
            >
              {entry.serving ? <option value="serving">× {entry.serving.label}</option> : null}
              <option value="g">grams</option>
            </select>
          </FormField>
        </div>
      ) : null}
      <MealSelect id={`${id}-meal`} meal={meal} onChange={setMeal} />
      {hasAmount ? <p className="text-sm text-slate-700">{preview.nutrients.energyKcal} kcal at this amount</p> : null}
      {confirming ? (
        <div className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-3" role="group" aria-label="Remove this entry?">
          <p className="text-sm text-red-900">Remove {entry.name} from your diary?</p>
          <div className="flex gap-2">
            <button type="button" className="btn bg-red-700 text-white hover:bg-red-800" onClick={onRemove}>
              Remove
            </button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary">
            Save
          </button>
          <button type="button" className="btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn ml-auto border border-red-300 bg-white text-red-800" onClick={() => setConfirming(true)}>
            Remove…
          </button>
        </div>
      )}
    </form>
  );
}
