"use client";

import { useQueries } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { formatNumber, nutrientRows } from "@/components/eat/targets/targets-format";
import { Alert } from "@/components/ui/alert";
import type { Nutrients } from "@/lib/nutrition/nutrients";
import { roundNutrients } from "@/lib/nutrition/nutrients";
import { recipeNutrition } from "@/lib/nutrition/recipe";
import type { TFoodView, ZRecipeInputSchema } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { IngredientSearch } from "./ingredient-search";

export type RecipeInput = z.input<typeof ZRecipeInputSchema>;
type Ingredient = { foodId: string; name: string; grams: string; per100g: Nutrients | null };

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

/**
 * A recipe from foods in the database: ingredients with grams each, how many servings it makes and,
 * optionally, the cooked weight. Totals per serving update as it is typed (lib/nutrition/recipe.ts, the
 * same sums the server stores).
 */
export function RecipeForm(props: { recipe: TFoodView | null; canShare: boolean; pending: boolean; error: unknown; onSubmit: (input: RecipeInput) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const existing = props.recipe?.recipe ?? null;
  const [name, setName] = useState(props.recipe?.name ?? "");
  const [servings, setServings] = useState(existing ? String(existing.servings) : "1");
  const [cooked, setCooked] = useState(existing?.cookedWeightG ? String(existing.cookedWeightG) : "");
  const [ingredients, setIngredients] = useState<Ingredient[]>(existing?.ingredients.map((row) => ({ foodId: row.foodId, name: row.name, grams: String(row.grams), per100g: null })) ?? []);
  const [share, setShare] = useState(props.recipe ? props.recipe.sharedWithClients : props.canShare);
  const [errors, setErrors] = useState<Record<string, string>>({});

  // An edited recipe lists its ingredients by id and grams: their nutrients come from the food itself.
  const missing = ingredients.filter((row) => row.per100g === null);
  const lookups = useQueries({ queries: missing.map((row) => trpc.foods.get.queryOptions({ foodId: row.foodId })) });
  const per100gOf = (row: Ingredient): Nutrients | null => row.per100g ?? lookups[missing.indexOf(row)]?.data?.per100g ?? null;

  const servingCount = numberOf(servings);
  const cookedGrams = cooked.trim() === "" ? null : numberOf(cooked);
  const usable = ingredients.map((row) => ({ grams: numberOf(row.grams), per100g: per100gOf(row) })).filter((row): row is { grams: number; per100g: Nutrients } => row.per100g !== null && row.grams > 0);
  let perServing: Nutrients | null = null;
  let servingGrams: number | null = null;
  if (usable.length > 0 && servingCount > 0 && (cookedGrams === null || cookedGrams > 0)) {
    const totals = recipeNutrition({ ingredients: usable, servings: servingCount, cookedWeightG: cookedGrams });
    perServing = roundNutrients(totals.perServing);
    servingGrams = Math.round(totals.servingGrams);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (name.trim() === "") next.name = "Name the recipe";
    if (!(servingCount > 0 && servingCount <= 100)) next.servings = "Between 0 and 100 servings";
    if (cookedGrams !== null && !(cookedGrams > 0 && cookedGrams <= 50_000)) next.cooked = "The cooked weight is above 0 g";
    if (ingredients.length === 0) next.ingredients = "Add at least one ingredient";
    ingredients.forEach((row, index) => {
      const grams = numberOf(row.grams);
      if (!(grams > 0 && grams <= 20_000)) next[`ingredient-${index}`] = "More than 0 g";
    });
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    props.onSubmit({
      name: name.trim(),
      servings: servingCount,
      cookedWeightG: cookedGrams,
      ingredients: ingredients.map((row) => ({ foodId: row.foodId, grams: numberOf(row.grams) })),
      shareWithClients: props.canShare && share,
    });
  }

  const errorText = (key: string) =>
    errors[key] ? (
      <p id={`${key}-error`} className="field-error">
        {errors[key]}
      </p>
    ) : null;

  return (
    <form className="space-y-4" aria-label={props.recipe ? `Edit ${props.recipe.name}` : "New recipe"} onSubmit={submit} noValidate>
      {props.error ? <Alert>{messageOf(props.error)}</Alert> : null}
      <div>
        <label htmlFor="recipe-name" className="label">
          Recipe name
        </label>
        <input id="recipe-name" className="input" value={name} onChange={(event) => setName(event.target.value)} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "name-error" : undefined} />
        {errorText("name")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="recipe-servings" className="label">
            Servings it makes
          </label>
          <input id="recipe-servings" className="input" inputMode="decimal" value={servings} onChange={(event) => setServings(event.target.value)} aria-invalid={errors.servings ? true : undefined} aria-describedby={errors.servings ? "servings-error" : undefined} />
          {errorText("servings")}
        </div>
        <div>
          <label htmlFor="recipe-cooked" className="label">
            Cooked weight in g (optional)
          </label>
          <input
            id="recipe-cooked"
            className="input"
            inputMode="decimal"
            value={cooked}
            onChange={(event) => setCooked(event.target.value)}
            aria-invalid={errors.cooked ? true : undefined}
            aria-describedby={errors.cooked ? "cooked-error" : "recipe-cooked-hint"}
          />
          {errors.cooked ? (
            errorText("cooked")
          ) : (
            <p id="recipe-cooked-hint" className="mt-1 text-sm text-slate-500">
              Weigh the finished dish: cooking changes the weight, not the nutrients.
            </p>
          )}
        </div>
      </div>

      <fieldset className="space-y-2">
        <legend className="label">Ingredients</legend>
        {ingredients.length === 0 ? <p className="text-sm text-slate-600">No ingredients yet: search below.</p> : null}
        {errorText("ingredients")}
        <ul className="space-y-2">
          {ingredients.map((row, index) => (
            <li key={row.foodId + index} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2">
              <p className="pb-3 text-sm font-medium">{row.name}</p>
              <div>
                <label htmlFor={`ingredient-${index}`} className="label">
                  <span className="sr-only">{row.name}: </span>Grams
                </label>
                <input
                  id={`ingredient-${index}`}
                  className="input"
                  inputMode="decimal"
                  value={row.grams}
                  onChange={(event) => setIngredients((list) => list.map((item, at) => (at === index ? { ...item, grams: event.target.value } : item)))}
                  aria-invalid={errors[`ingredient-${index}`] ? true : undefined}
                  aria-describedby={errors[`ingredient-${index}`] ? `ingredient-${index}-error` : undefined}
                />
                {errorText(`ingredient-${index}`)}
              </div>
              <button type="button" className="btn-secondary" aria-label={`Remove ${row.name}`} onClick={() => setIngredients((list) => list.filter((_, at) => at !== index))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <IngredientSearch onPick={(food) => setIngredients((list) => [...list, { foodId: food.id, name: food.brand ? `${food.name} (${food.brand})` : food.name, grams: "100", per100g: food.per100g }])} />
      </fieldset>

      <section className="rounded-xl bg-slate-50 p-3" aria-labelledby="recipe-totals-heading" aria-live="polite">
        <h3 id="recipe-totals-heading" className="text-sm font-semibold">
          Per serving{servingGrams ? ` (${formatNumber(servingGrams)} g)` : ""}
        </h3>
        {perServing ? (
          <dl className="mt-1 grid grid-cols-2 gap-x-4 text-sm sm:grid-cols-5">
            {nutrientRows.map((row) => (
              <div key={row.key}>
                <dt className="text-slate-600">{row.label}</dt>
                <dd className="font-semibold tabular-nums">
                  {formatNumber(perServing[row.key], row.key === "energyKcal" ? 0 : 1)} {row.unit}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-slate-600">Add ingredients with their grams to see the totals.</p>
        )}
      </section>

      {props.canShare ? (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={share} onChange={(event) => setShare(event.target.checked)} className="h-5 w-5 accent-brand-600" />
          Share with clients
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={props.pending}>
          {props.pending ? "Saving…" : props.recipe ? "Save recipe" : "Create recipe"}
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
