import "server-only";
import type { Nutrients } from "@/lib/nutrition/nutrients";
import type { TFoodView } from "@/lib/schemas/nutrition";
import type { StoredFood } from "./food-access";

export const nutrientsOf = (value: Partial<Nutrients> | null | undefined): Nutrients => ({
  energyKcal: value?.energyKcal ?? 0,
  proteinG: value?.proteinG ?? 0,
  carbsG: value?.carbsG ?? 0,
  fatG: value?.fatG ?? 0,
  fiberG: value?.fiberG ?? 0,
});

export function toFoodView(food: StoredFood, viewerId: string): TFoodView {
  return {
    id: String(food._id),
    name: food.name,
    brand: food.brand ?? "",
    category: food.category ?? "",
    source: food.source,
    kind: food.kind ?? "food",
    per100g: nutrientsOf(food.per100g),
    servings: (food.servings ?? []).map((serving) => ({ label: serving.label, grams: serving.grams })),
    barcodes: food.barcodes ?? [],
    mine: food.ownerId !== null && food.ownerId !== undefined && String(food.ownerId) === viewerId,
    sharedWithClients: food.visibility === "clients",
    archived: Boolean(food.archivedAt),
    recipe:
      food.kind === "recipe"
        ? {
            servings: food.recipeServings ?? 1,
            cookedWeightG: food.cookedWeightG ?? null,
            ingredients: (food.ingredients ?? []).map((ingredient) => ({ foodId: String(ingredient.foodId), name: ingredient.name, grams: ingredient.grams })),
          }
        : null,
  };
}
