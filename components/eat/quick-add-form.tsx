"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Meal } from "@/lib/schemas/nutrition";
import { MealSelect } from "./amount-fields";
import { FormField, describedBy } from "@/components/ui/form-field";

export type QuickAddValues = { name: string; energyKcal: number; proteinG: number; carbsG: number; fatG: number };

const parse = (text: string) => (text.trim() === "" ? null : Number(text.replace(",", ".")));

/** Calories (and macros if known) without a food: a restaurant meal, a label not worth saving. Works offline. */
export function QuickAddForm({ meal: initialMeal, onAdd, onBack }: { meal: Meal; onAdd(values: QuickAddValues, meal: Meal): void; onBack(): void }) {
  const id = useId();
  const [text, setText] = useState({ name: "", energyKcal: "", proteinG: "", carbsG: "", fatG: "" });
  const [meal, setMeal] = useState(initialMeal);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const kcalRef = useRef<HTMLInputElement>(null);
  useEffect(() => kcalRef.current?.focus(), []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const kcal = parse(text.energyKcal);
    if (kcal === null || !(kcal >= 0 && kcal <= 10_000)) found.energyKcal = "Enter the calories (0 to 10,000 kcal)";
    const macros = { proteinG: parse(text.proteinG), carbsG: parse(text.carbsG), fatG: parse(text.fatG) };
    for (const [key, value] of Object.entries(macros)) if (value !== null && !(value >= 0 && value <= 1_000)) found[key] = "Check this number";
    if (text.name.trim().length > 60) found.name = "Use at most 60 characters";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onAdd({ name: text.name.trim(), energyKcal: kcal!, proteinG: macros.proteinG ?? 0, carbsG: macros.carbsG ?? 0, fatG: macros.fatG ?? 0 }, meal);
  }

  const field = (key: keyof typeof text, label: string, numeric: boolean, ref?: React.Ref<HTMLInputElement>) => (
    <FormField id={`${id}-${key}`} label={label} error={errors[key]}>
      <input
        ref={ref}
        id={`${id}-${key}`}
        className="input"
        inputMode={numeric ? "decimal" : undefined}
        value={text[key]}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy(`${id}-${key}`, errors[key])}
        onChange={(event) => setText((current) => ({ ...current, [key]: event.target.value }))}
      />
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Quick add">
      {field("energyKcal", "Calories (kcal)", true, kcalRef)}
      <div className="grid grid-cols-3 gap-2">
        {field("proteinG", "Protein (g)", true)}
        {field("carbsG", "Carbs (g)", true)}
        {field("fatG", "Fat (g)", true)}
      </div>
      {field("name", "Name (optional)", false)}
      <MealSelect id={`${id}-meal`} meal={meal} onChange={setMeal} />
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1">
          Add
        </button>
        <button type="button" className="btn-secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
