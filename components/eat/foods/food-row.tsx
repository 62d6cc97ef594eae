"use client";

import { formatNumber } from "@/components/eat/targets/targets-format";
import type { TFoodView } from "@/lib/schemas/nutrition";

/** One custom food or recipe: what it is, its energy, whose it is, and (if the viewer's) edit and archive. */
export function FoodRow({ food, audience, onEdit, onArchive }: { food: TFoodView; audience: "member" | "trainer"; onEdit: () => void; onArchive: () => void }) {
  const serving = food.recipe ? food.servings[0] : null;
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div className="min-w-0">
        <h3 className="font-semibold text-slate-900">{food.name}</h3>
        <p className="text-sm text-slate-600">
          {food.brand ? `${food.brand} · ` : ""}
          {formatNumber(food.per100g.energyKcal)} kcal per 100 g
          {food.recipe ? ` · ${formatNumber(food.recipe.servings, 1)} ${food.recipe.servings === 1 ? "serving" : "servings"}, ${food.recipe.ingredients.length} ${food.recipe.ingredients.length === 1 ? "ingredient" : "ingredients"}` : ""}
          {serving ? ` · ${serving.label} ${formatNumber(serving.grams)} g` : ""}
        </p>
        <p className="mt-1 flex flex-wrap gap-1">
          {!food.mine && food.sharedWithClients ? <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">Shared by your trainer</span> : null}
          {food.mine && audience === "trainer" ? (
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${food.sharedWithClients ? "bg-violet-100 text-violet-900" : "bg-slate-100 text-slate-700"}`}>
              {food.sharedWithClients ? "Shared with clients" : "Only you"}
            </span>
          ) : null}
        </p>
      </div>
      {food.mine ? (
        <div className="flex gap-2">
          <button type="button" className="btn-secondary" aria-label={`Edit ${food.name}`} onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="btn-secondary" aria-label={`Archive ${food.name}`} onClick={onArchive}>
            Archive
          </button>
        </div>
      ) : null}
    </div>
  );
}
