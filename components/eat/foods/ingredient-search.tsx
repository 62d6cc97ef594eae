"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { formatNumber } from "@/components/eat/targets/targets-format";
import type { TFoodView } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const DEBOUNCE_MS = 250;

/** Finds a food to add to a recipe: the same search as the diary, asked once typing pauses. */
export function IngredientSearch({ onPick }: { onPick: (food: TFoodView) => void }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const results = useQuery({ ...trpc.foods.search.queryOptions({ query, limit: 8 }), enabled: query.length >= 2 });
  // A recipe is made of foods, not of other recipes.
  const foods = (results.data ?? []).filter((food) => food.kind === "food");

  return (
    <div className="space-y-2">
      <label htmlFor="ingredient-search" className="label">
        Add an ingredient
      </label>
      <input id="ingredient-search" type="search" className="input" placeholder="Search foods, e.g. oats" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      {results.isError ? <p className="field-error">{messageOf(results.error)}</p> : null}
      {query.length >= 2 && results.isSuccess && foods.length === 0 ? <p className="text-sm text-slate-600">No foods match “{query}”.</p> : null}
      {foods.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200" aria-label="Matching foods">
          {foods.map((food) => (
            <li key={food.id}>
              <button
                type="button"
                className="flex min-h-11 w-full items-center justify-between gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50"
                onClick={() => {
                  onPick(food);
                  setText("");
                  setQuery("");
                }}
              >
                <span>
                  <span className="font-medium">{food.name}</span>
                  {food.brand ? <span className="text-slate-600"> · {food.brand}</span> : null}
                </span>
                <span className="shrink-0 text-slate-600">{formatNumber(food.per100g.energyKcal)} kcal / 100 g</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
