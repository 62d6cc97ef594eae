import { type Nutrients, nutrientKeys, scaleNutrients, sumNutrients } from "./nutrients";

export type RecipeIngredientAmount = { grams: number; per100g: Nutrients };

export type RecipeNutrition = { total: Nutrients; perServing: Nutrients; per100g: Nutrients; totalGrams: number; servingGrams: number };

function divide(value: Nutrients, by: number): Nutrients {
  const result = { ...value };
  for (const key of nutrientKeys) result[key] = value[key] / by;
  return result;
}

/**
 * What a home recipe provides in total, per serving and per 100 g, from its raw ingredients.
 *
 * Cooking drives off water but keeps the nutrients, so when the member weighs the finished dish
 * (cookedWeightG) the per-100 g values are spread over that weight: a stew that cooks down from 1,000 g
 * to 800 g is denser per gram than its raw ingredients. Without a cooked weight we use the sum of the
 * ingredient weights. Values are unrounded; round with roundNutrients when storing or showing them.
 */
export function recipeNutrition(input: { ingredients: RecipeIngredientAmount[]; servings: number; cookedWeightG?: number | null }): RecipeNutrition {
  const { ingredients, servings, cookedWeightG } = input;
  if (ingredients.length === 0) throw new Error("A recipe needs at least one ingredient");
  if (!Number.isFinite(servings) || servings <= 0) throw new Error(`A recipe must make more than 0 servings (got ${servings})`);
  for (const ingredient of ingredients) {
    if (!Number.isFinite(ingredient.grams) || ingredient.grams < 0) throw new Error(`Ingredient amounts must be 0 g or more (got ${ingredient.grams})`);
  }

  const total = sumNutrients(ingredients.map((ingredient) => scaleNutrients(ingredient.per100g, ingredient.grams)));
  const totalGrams = cookedWeightG ?? ingredients.reduce((sum, ingredient) => sum + ingredient.grams, 0);
  if (!Number.isFinite(totalGrams) || totalGrams <= 0) {
    throw new Error(cookedWeightG == null ? "The ingredients weigh nothing: add their amounts in grams" : `The cooked weight must be more than 0 g (got ${cookedWeightG})`);
  }

  return {
    total,
    perServing: divide(total, servings),
    per100g: divide(total, totalGrams / 100),
    totalGrams,
    servingGrams: totalGrams / servings,
  };
}
