"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { nutrientRows } from "@/components/eat/targets/targets-format";
import { Alert } from "@/components/ui/alert";
import { nutrientKeys, type NutrientKey, type Nutrients } from "@/lib/nutrition/nutrients";
import type { TFoodView, ZCustomFoodInputSchema } from "@/lib/schemas/nutrition";
import { fieldErrorsOf, messageOf } from "@/lib/trpc/react";

export type CustomFoodInput = z.input<typeof ZCustomFoodInputSchema>;
type Basis = "per100g" | "perServing";
type ServingDraft = { label: string; grams: string };
const MAX_SERVINGS = 5;

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

/**
 * A custom food from a label: name, brand, an optional barcode, the nutrients per 100 g or per serving
 * (US-style labels) and extra serving sizes. An existing food is edited per 100 g (what is stored).
 */
export function CustomFoodForm(props: {
  food: TFoodView | null;
  /** A scanned barcode a new food will carry (the Eat screen's "Create this food"). */
  initialBarcode?: string | null;
  /** Start in the name field (the form opened in place of what the member was doing). */
  focusName?: boolean;
  /** Trainers share their foods with clients (on by default for them). */
  canShare: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CustomFoodInput) => void;
  onCancel: () => void;
}) {
  const { food } = props;
  const [name, setName] = useState(food?.name ?? "");
  const [brand, setBrand] = useState(food?.brand ?? "");
  const [barcode, setBarcode] = useState(food?.barcodes[0] ?? props.initialBarcode ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const focusName = Boolean(props.focusName);
  useEffect(() => {
    if (focusName) formRef.current?.querySelector<HTMLInputElement>("#food-name")?.focus();
  }, [focusName]);
  const [basis, setBasis] = useState<Basis>("per100g");
  const [servingGrams, setServingGrams] = useState("");
  const [nutrients, setNutrients] = useState<Record<NutrientKey, string>>(() => Object.fromEntries(nutrientKeys.map((key) => [key, food ? String(food.per100g[key]) : ""])) as Record<NutrientKey, string>);
  const [servings, setServings] = useState<ServingDraft[]>(food?.servings.map((serving) => ({ label: serving.label, grams: String(serving.grams) })) ?? []);
  const [share, setShare] = useState(food ? food.sharedWithClients : props.canShare);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(props.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (name.trim() === "") next.name = "Name the food";
    const values = {} as Nutrients;
    for (const key of nutrientKeys) {
      const value = numberOf(nutrients[key]);
      const limit = key === "energyKcal" ? 10_000 : 1_000;
      if (!Number.isFinite(value)) next[key] = "Enter a number (0 if none)";
      else if (value < 0 || value > limit) next[key] = `Between 0 and ${limit.toLocaleString("en-US")}`;
      values[key] = value;
    }
    const grams = numberOf(servingGrams);
    if (basis === "perServing" && !(grams > 0 && grams <= 5_000)) next.servingGrams = "A serving weighs more than 0 g (at most 5,000 g)";
    const extra = servings.filter((serving) => serving.label.trim() !== "" || serving.grams.trim() !== "");
    extra.forEach((serving, index) => {
      if (serving.label.trim() === "") next[`serving-${index}-label`] = "Name the serving";
      const value = numberOf(serving.grams);
      if (!(value > 0 && value <= 5_000)) next[`serving-${index}-grams`] = "More than 0 g";
    });
    if (barcode.trim() !== "" && !/^\d{6,14}$/.test(barcode.trim())) next.barcode = "A barcode is 6 to 14 digits";
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    props.onSubmit({
      name: name.trim(),
      brand: brand.trim(),
      barcode: barcode.trim() === "" ? null : barcode.trim(),
      nutrients: values,
      basis: basis === "per100g" ? { kind: "per100g" } : { kind: "perServing", grams },
      servings: extra.map((serving) => ({ label: serving.label.trim(), grams: numberOf(serving.grams) })),
      shareWithClients: props.canShare && share,
    });
  }

  const field = (id: string, label: string, value: string, set: (value: string) => void, error: string | undefined, extra: { inputMode?: "decimal" | "numeric"; hint?: string } = {}) => (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        inputMode={extra.inputMode}
        onChange={(event) => set(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : extra.hint ? `${id}-hint` : undefined}
      />
      {extra.hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-500">
          {extra.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );

  return (
    <form ref={formRef} className="space-y-4" aria-label={food ? `Edit ${food.name}` : "New food"} onSubmit={submit} noValidate>
      {props.error ? <Alert>{messageOf(props.error)}</Alert> : null}
      {field("food-name", "Name", name, setName, errors.name ?? serverErrors.name)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("food-brand", "Brand (optional)", brand, setBrand, serverErrors.brand)}
        {field("food-barcode", "Barcode (optional)", barcode, setBarcode, errors.barcode ?? serverErrors.barcode, { inputMode: "numeric" })}
      </div>
      <fieldset className="space-y-2">
        <legend className="label">The label gives nutrients</legend>
        <div className="flex flex-wrap gap-2">
          {(
            [
              ["per100g", "Per 100 g"],
              ["perServing", "Per serving"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-slate-200 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="food-basis" value={value} checked={basis === value} onChange={() => setBasis(value)} className="accent-brand-600" />
              <span className="text-sm font-semibold">{label}</span>
            </label>
          ))}
        </div>
        {basis === "perServing" ? field("food-serving-grams", "Serving size (g)", servingGrams, setServingGrams, errors.servingGrams, { inputMode: "decimal" }) : null}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="label">Nutrients {basis === "per100g" ? "per 100 g" : "per serving"}</legend>
        {nutrientRows.map((row) => (
          <div key={row.key}>{field(`food-${row.key}`, `${row.label} (${row.unit})`, nutrients[row.key], (value) => setNutrients((current) => ({ ...current, [row.key]: value })), errors[row.key], { inputMode: "decimal" })}</div>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="label">Other servings (optional)</legend>
        {servings.map((serving, index) => (
          <div key={index} className="grid grid-cols-[1fr_8rem_auto] items-end gap-2">
            {field(`serving-${index}-label`, `Serving ${index + 1} name`, serving.label, (value) => setServings((list) => list.map((row, at) => (at === index ? { ...row, label: value } : row))), errors[`serving-${index}-label`])}
            {field(`serving-${index}-grams`, `Serving ${index + 1} grams`, serving.grams, (value) => setServings((list) => list.map((row, at) => (at === index ? { ...row, grams: value } : row))), errors[`serving-${index}-grams`], { inputMode: "decimal" })}
            <button type="button" className="btn-secondary" aria-label={`Remove serving ${index + 1}`} onClick={() => setServings((list) => list.filter((_, at) => at !== index))}>
              Remove
            </button>
          </div>
        ))}
        {servings.length < MAX_SERVINGS ? (
          <button type="button" className="btn-secondary" onClick={() => setServings((list) => [...list, { label: "", grams: "" }])}>
            Add a serving size
          </button>
        ) : null}
      </fieldset>
      {props.canShare ? (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={share} onChange={(event) => setShare(event.target.checked)} className="h-5 w-5 accent-brand-600" />
          Share with clients
        </label>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <p className="field-error" role="alert">
          Check the highlighted fields.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={props.pending}>
          {props.pending ? "Saving…" : food ? "Save food" : "Create food"}
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
