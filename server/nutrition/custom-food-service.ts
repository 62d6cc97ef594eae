import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import { normalizeBarcode } from "@/lib/nutrition/barcode";
import { foodSearchText } from "@/lib/nutrition/food-search";
import { roundNutrients, scaleNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import { recipeNutrition } from "@/lib/nutrition/recipe";
import type { TFoodView, ZCustomFoodInputSchema, ZRecipeInputSchema } from "@/lib/schemas/nutrition";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { foodOwnersFor, loadOwnFood, loadVisibleFood, type StoredFood } from "./food-access";
import { FoodModel } from "./food-model";
import { invalidateFoodSearch } from "./food-search-service";
import { nutrientsOf, toFoodView } from "./food-view";

type Actor = Pick<SessionUser, "id" | "role">;
type CustomFoodInput = z.output<typeof ZCustomFoodInputSchema>;
type RecipeInput = z.output<typeof ZRecipeInputSchema>;

/** Sharing with clients is a trainer's; a member's foods are theirs alone. */
function visibilityFor(actor: Actor, share: boolean): "private" | "clients" {
  if (!share) return "private";
  if (actor.role !== "trainer" && actor.role !== "admin") throw new AppError("FORBIDDEN", "Only trainers can share foods with clients.");
  return "clients";
}

/**
 * No food has more than about 900 kcal (pure fat) or 100 g of macronutrients in 100 g: a value past that
 * is a typo (a serving of "3 g", kJ typed as kcal, a cooked weight missing a zero) and is refused rather
 * than stored to mislead every total it is part of.
 */
function assertPlausible(per100g: Nutrients, what: string): Nutrients {
  if (per100g.energyKcal > 950 || per100g.proteinG + per100g.carbsG + per100g.fatG > 105 || per100g.fiberG > 100) {
    throw new AppError("BAD_REQUEST", `${what} works out at ${Math.round(per100g.energyKcal)} kcal and ${Math.round(per100g.proteinG + per100g.carbsG + per100g.fatG)} g of macronutrients per 100 g, which no food has. Check the numbers and the serving weight.`);
  }
  return per100g;
}

/** A label read per serving (US style) is stored per 100 g like every other food. */
function per100gOf(input: CustomFoodInput): Nutrients {
  return assertPlausible(roundNutrients(input.basis.kind === "per100g" ? input.nutrients : scaleNutrients(input.nutrients, (100 * 100) / input.basis.grams)), "This label");
}

function barcodesOf(input: CustomFoodInput): string[] {
  if (!input.barcode) return [];
  const gtin = normalizeBarcode(input.barcode);
  if (!gtin) throw new AppError("BAD_REQUEST", "That barcode is not a valid product barcode (EAN-13, EAN-8 or UPC). Check the digits.");
  return [gtin];
}

function servingsOf(input: CustomFoodInput): { label: string; grams: number }[] {
  const servings = input.basis.kind === "perServing" ? [{ label: "1 serving", grams: input.basis.grams }, ...input.servings] : input.servings;
  const seen = new Set<string>();
  return servings.filter((serving) => !seen.has(serving.label.toLowerCase()) && seen.add(serving.label.toLowerCase()));
}

function customFields(actor: Actor, input: CustomFoodInput) {
  return {
    name: input.name,
    brand: input.brand,
    searchText: foodSearchText({ name: input.name, brand: input.brand }),
    per100g: per100gOf(input),
    servings: servingsOf(input),
    barcodes: barcodesOf(input),
    visibility: visibilityFor(actor, input.shareWithClients),
  };
}

export async function createCustomFood(actor: Actor, input: CustomFoodInput): Promise<TFoodView> {
  const _id = new Types.ObjectId();
  await FoodModel.create({ _id, sourceKey: `custom:${String(_id)}`, source: "custom", kind: "food", ownerId: new Types.ObjectId(actor.id), ...customFields(actor, input) });
  invalidateFoodSearch(actor.id);
  return toFoodView((await FoodModel.findById(_id).lean()) as StoredFood, actor.id);
}

export async function updateCustomFood(actor: Actor, foodId: string, input: CustomFoodInput): Promise<TFoodView> {
  const food = await loadOwnFood(actor, foodId);
  if (food.kind === "recipe") throw new AppError("BAD_REQUEST", "Edit a recipe with the recipe editor.");
  await FoodModel.updateOne({ _id: food._id }, { $set: customFields(actor, input) });
  invalidateFoodSearch(actor.id);
  return toFoodView((await FoodModel.findById(food._id).lean()) as StoredFood, actor.id);
}

/** Archived foods leave search and can no longer be logged; what was logged with them stays as it was. */
export async function archiveCustomFood(actor: Actor, foodId: string): Promise<void> {
  const food = await loadOwnFood(actor, foodId);
  await FoodModel.updateOne({ _id: food._id }, { $set: { archivedAt: new Date() } });
  invalidateFoodSearch(actor.id);
}

/** Ingredients must be foods the author may use; their nutrients are read now and summed into the recipe. */
async function recipeFields(actor: Actor, input: RecipeInput) {
  const foods = await Promise.all(input.ingredients.map((ingredient) => loadVisibleFood(actor, ingredient.foodId, { allowArchived: true })));
  if (foods.some((food) => food.kind === "recipe")) throw new AppError("BAD_REQUEST", "A recipe cannot contain another recipe yet: add its ingredients instead.");
  const math = recipeNutrition({
    ingredients: input.ingredients.map((ingredient, index) => ({ grams: ingredient.grams, per100g: nutrientsOf(foods[index].per100g) })),
    servings: input.servings,
    cookedWeightG: input.cookedWeightG,
  });
  return {
    name: input.name,
    brand: "",
    searchText: foodSearchText({ name: input.name }),
    per100g: assertPlausible(roundNutrients(math.per100g), "This recipe"),
    servings: [{ label: "1 serving", grams: Math.max(0.1, Math.round(math.servingGrams * 10) / 10) }],
    ingredients: input.ingredients.map((ingredient, index) => ({ foodId: foods[index]._id, name: foods[index].name, grams: ingredient.grams })),
    recipeServings: input.servings,
    cookedWeightG: input.cookedWeightG,
    visibility: visibilityFor(actor, input.shareWithClients),
  };
}

export async function createRecipe(actor: Actor, input: RecipeInput): Promise<TFoodView> {
  const _id = new Types.ObjectId();
  await FoodModel.create({ _id, sourceKey: `custom:${String(_id)}`, source: "custom", kind: "recipe", ownerId: new Types.ObjectId(actor.id), ...(await recipeFields(actor, input)) });
  invalidateFoodSearch(actor.id);
  return toFoodView((await FoodModel.findById(_id).lean()) as StoredFood, actor.id);
}

export async function updateRecipe(actor: Actor, foodId: string, input: RecipeInput): Promise<TFoodView> {
  const food = await loadOwnFood(actor, foodId);
  if (food.kind !== "recipe") throw new AppError("BAD_REQUEST", "That is a food, not a recipe.");
  await FoodModel.updateOne({ _id: food._id }, { $set: await recipeFields(actor, input) });
  invalidateFoodSearch(actor.id);
  return toFoodView((await FoodModel.findById(food._id).lean()) as StoredFood, actor.id);
}

/** The caller's own foods and recipes, and those their trainer shares with them. */
export async function listMyFoods(actor: Actor): Promise<TFoodView[]> {
  const owners = await foodOwnersFor(actor);
  const filters = [{ ownerId: owners.own }, ...(owners.trainer ? [{ ownerId: owners.trainer, visibility: "clients" as const }] : [])];
  const foods = (await FoodModel.find({ $or: filters, archivedAt: null }).sort({ name: 1 }).lean()) as StoredFood[];
  return foods.map((food) => toFoodView(food, actor.id));
}
