import "server-only";
import { z } from "zod";
import { ZNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import catalogJson from "./food-catalog.json";

/**
 * The shipped food catalog (food-catalog.json, written by us from typical published values): common
 * foods every member can log before any USDA import. Synced into the foods collection at start-up
 * (food-catalog-sync.ts). A slug is the food's identity there (`catalog:<slug>`): never rename or
 * reuse one; to retire a food, keep it.
 */
export type CatalogServing = { label: string; grams: number };
export type CatalogFood = {
  slug: string;
  name: string;
  category: string;
  per100g: Nutrients;
  servings: CatalogServing[];
  /** Grams of alcohol per 100 g (7 kcal/g): why a drink's energy exceeds its macronutrients. */
  alcoholG: number;
};

const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slugs are kebab-case");
const ZServing = z.tuple([z.string().min(1), z.number().positive()]);
// One food per line in the file, positional to keep ~400 foods readable: see "row" in the JSON.
const ZRow = z.union([
  z.tuple([ZSlug, z.string().min(1), z.number(), z.number(), z.number(), z.number(), z.number(), z.array(ZServing).min(1).max(3)]),
  z.tuple([ZSlug, z.string().min(1), z.number(), z.number(), z.number(), z.number(), z.number(), z.array(ZServing).min(1).max(3), z.object({ alcoholG: z.number().min(0).max(100) }).strict()]),
]);
const ZCatalogFile = z.object({ about: z.string(), row: z.array(z.string()), categories: z.record(z.string().min(1), z.array(ZRow)) });

function parseCatalog(raw: unknown): CatalogFood[] {
  const file = ZCatalogFile.parse(raw);
  const foods: CatalogFood[] = [];
  for (const [category, rows] of Object.entries(file.categories)) {
    for (const [slug, name, energyKcal, proteinG, carbsG, fatG, fiberG, servings, extra] of rows) {
      const per100g = ZNutrients.parse({ energyKcal, proteinG, carbsG, fatG, fiberG });
      foods.push({ slug, name, category, per100g, servings: servings.map(([label, grams]) => ({ label, grams })), alcoholG: extra?.alcoholG ?? 0 });
    }
  }
  const slugs = new Set(foods.map((food) => food.slug));
  if (slugs.size !== foods.length) throw new Error("food-catalog.json: duplicate slugs");
  return foods;
}

let cached: CatalogFood[] | null = null;

/** Every catalog food, validated once (a broken file fails the first caller loudly, not silently). */
export function catalogFoods(): CatalogFood[] {
  cached ??= parseCatalog(catalogJson);
  return cached;
}
