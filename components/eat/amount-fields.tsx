"use client";

import type { Ref } from "react";
import { mealLabels, meals, type Meal } from "@/lib/schemas/nutrition";
import { FormField, describedBy } from "@/components/ui/form-field";

/** The amount box of every diary form (log, edit): decimal keypad on phones, its error under it. */
export function AmountInput({ id, value, error, onChange, inputRef }: { id: string; value: string; error?: string; onChange(value: string): void; inputRef?: Ref<HTMLInputElement> }) {
  return (
    <FormField id={id} label="Amount" error={error}>
      <input
        ref={inputRef}
        id={id}
        className="input"
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}

/** Which meal an entry goes in. */
export function MealSelect({ id, meal, onChange }: { id: string; meal: Meal; onChange(meal: Meal): void }) {
  return (
    <FormField id={id} label="Meal">
      <select id={id} className="input" value={meal} onChange={(event) => onChange(event.target.value as Meal)}>
        {meals.map((option) => (
          <option key={option} value={option}>
            {mealLabels[option]}
          </option>
        ))}
      </select>
    </FormField>
  );
}
