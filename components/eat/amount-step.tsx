"use client";

import { useEffect, useId, useRef, useState } from "react";
import { OPEN_FOOD_FACTS_ATTRIBUTION } from "@/lib/nutrition/barcode";
import type { Meal, TAmount, TFoodView } from "@/lib/schemas/nutrition";
import { FormField } from "@/components/ui/form-field";
import { AmountInput, MealSelect } from "./amount-fields";
import { entryPreview, formatGrams } from "./diary-display";

type Props = {
  food: TFoodView;
  /** The amount to start from: the member's last one for this food, else the first serving. */
  initialAmount: TAmount | null;
  meal: Meal;
  onLog(amount: TAmount, meal: Meal): void;
  onBack(): void;
};

const GRAMS = "g";

function startingPoint(food: TFoodView, amount: TAmount | null): { unit: string; value: string } {
  if (amount?.unit === "serving" && food.servings.some((serving) => serving.label === amount.label)) return { unit: amount.label, value: String(amount.count) };
  if (amount?.unit === "g") return { unit: GRAMS, value: String(amount.grams) };
  if (food.servings[0]) return { unit: food.servings[0].label, value: "1" };
  return { unit: GRAMS, value: "100" };
}

/** How much and in which meal, with what it adds up to before it is logged. */
export function AmountStep({ food, initialAmount, meal: initialMeal, onLog, onBack }: Props) {
  const id = useId();
  const start = startingPoint(food, initialAmount);
  const [unit, setUnit] = useState(start.unit);
  const [value, setValue] = useState(start.value);
  const [meal, setMeal] = useState(initialMeal);
  const [error, setError] = useState<string | undefined>();
  const amountRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    amountRef.current?.focus();
    amountRef.current?.select();
  }, []);

  const number = Number(value.replace(",", "."));
  const amount: TAmount | null = Number.isFinite(number) && number > 0 ? (unit === GRAMS ? { unit: "g", grams: number } : { unit: "serving", label: unit, count: number }) : null;
  const preview = amount ? entryPreview("preview", meal, food, amount) : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!amount || !preview) return setError("Enter an amount above 0");
    if (amount.unit === "g" && amount.grams > 5_000) return setError("At most 5 kg at a time");
    if (amount.unit === "serving" && amount.count > 100) return setError("At most 100 servings at a time");
    onLog(amount, meal);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={`How much ${food.name}`}>
      <div>
        <p className="text-lg font-semibold text-slate-900">{food.name}</p>
        <p className="text-sm text-slate-600">
          {[food.brand, `${food.per100g.energyKcal} kcal per 100 g`].filter(Boolean).join(" · ")}
        </p>
        {food.source === "off" ? <p className="mt-1 text-xs text-slate-500">{OPEN_FOOD_FACTS_ATTRIBUTION}</p> : null}
      </div>
      <div className="grid grid-cols-[2fr_3fr] gap-2">
        <AmountInput
          id={`${id}-amount`}
          value={value}
          error={error}
          inputRef={amountRef}
          onChange={(next) => {
            setValue(next);
            setError(undefined);
          }}
        />
        <FormField id={`${id}-unit`} label="Unit">
          <select id={`${id}-unit`} className="input" value={unit} onChange={(event) => setUnit(event.target.value)}>
            {food.servings.map((serving) => (
              <option key={serving.label} value={serving.label}>
                × {serving.label} ({formatGrams(serving.grams)})
              </option>
            ))}
            <option value={GRAMS}>grams</option>
          </select>
        </FormField>
      </div>
      {unit !== GRAMS ? (
        // The usual counts in one tap; typing any other number still works.
        <div className="flex gap-2" role="group" aria-label="Common amounts">
          {["0.5", "1", "1.5", "2"].map((count) => (
            <button key={count} type="button" aria-pressed={value === count} className={`btn flex-1 border ${value === count ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-800"}`} onClick={() => setValue(count)}>
              {count === "0.5" ? "½" : count === "1.5" ? "1½" : count}
              <span className="sr-only"> × {unit}</span>
            </button>
          ))}
        </div>
      ) : null}
      <MealSelect id={`${id}-meal`} meal={meal} onChange={setMeal} />
      <div className="rounded-xl bg-slate-50 p-3 text-sm" aria-live="polite" data-testid="amount-preview">
        {preview ? (
          <>
            <p className="text-base font-semibold text-slate-900">
              {preview.nutrients.energyKcal} kcal
              <span className="font-normal text-slate-600"> · {formatGrams(preview.grams ?? 0)}</span>
            </p>
            <p className="text-slate-700">
              Protein {formatGrams(preview.nutrients.proteinG)} · Carbs {formatGrams(preview.nutrients.carbsG)} · Fat {formatGrams(preview.nutrients.fatG)} · Fibre{" "}
              {formatGrams(preview.nutrients.fiberG)}
            </p>
          </>
        ) : (
          <p className="text-slate-700">Enter an amount to see what it adds up to.</p>
        )}
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1">
          Log
        </button>
        <button type="button" className="btn-secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
