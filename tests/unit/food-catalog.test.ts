import { describe, expect, it } from "vitest";
import { foodSearchText, normalizeSearchText } from "@/lib/nutrition/food-search";
import { atwaterKcal } from "@/lib/nutrition/nutrients";
import { catalogFoods, type CatalogFood } from "@/server/nutrition/catalog/food-catalog";

const foods = catalogFoods();
const bySlug = new Map(foods.map((food) => [food.slug, food]));
const get = (slug: string): CatalogFood => {
  const food = bySlug.get(slug);
  if (!food) throw new Error(`No catalog food ${slug}`);
  return food;
};

/**
 * Energy the macronutrients (and alcohol, 7 kcal/g) explain, two ways: the general factors on total
 * carbohydrate, and with fibre at 2 kcal/g instead of 4 (why high-fibre foods read lower on labels).
 */
function explainedEnergy(food: CatalogFood): [number, number] {
  const general = atwaterKcal(food.per100g) + 7 * food.alcoholG;
  return [general, general - 2 * food.per100g.fiberG];
}

describe("food catalog", () => {
  it("ships at least 300 foods across the expected categories", () => {
    expect(foods.length).toBeGreaterThanOrEqual(320);
    const categories = new Set(foods.map((food) => food.category));
    for (const category of ["Fruit", "Vegetables", "Grains & bread", "Pasta & rice", "Legumes", "Meat", "Poultry", "Fish & seafood", "Eggs & dairy", "Cheese", "Plant milks", "Nuts & seeds", "Oils & fats", "Sweets & snacks", "Drinks", "Sauces & condiments", "Breakfast cereals", "Dishes", "International", "Supplements"]) {
      expect(categories, category).toContain(category);
    }
    for (const category of categories) expect(foods.filter((food) => food.category === category).length, category).toBeGreaterThanOrEqual(5);
  });

  it("has unique kebab-case slugs and unique names, also once normalised for search", () => {
    for (const food of foods) expect(food.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(foods.map((food) => food.slug)).size).toBe(foods.length);
    const keys = foods.map((food) => normalizeSearchText(food.name));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const food of foods) expect(food.name.trim(), food.slug).toBe(food.name);
  });

  it("keeps every value within physical bounds", () => {
    const problems: string[] = [];
    for (const { slug, per100g: n, alcoholG } of foods) {
      if (n.energyKcal < 0 || n.energyKcal > 902) problems.push(`${slug}: energy ${n.energyKcal}`);
      for (const key of ["proteinG", "carbsG", "fatG", "fiberG"] as const) if (n[key] < 0 || n[key] > 100) problems.push(`${slug}: ${key} ${n[key]}`);
      if (n.fiberG > n.carbsG) problems.push(`${slug}: fibre above total carbohydrate`);
      // 100 g cannot hold more than 100 g of macronutrients and alcohol.
      if (n.proteinG + n.carbsG + n.fatG + alcoholG > 100.5) problems.push(`${slug}: macros exceed 100 g`);
    }
    expect(problems).toEqual([]);
  });

  it("has energy consistent with Atwater factors (within 15% or 25 kcal)", () => {
    const problems = foods.flatMap((food) => {
      const fits = explainedEnergy(food).some((kcal) => Math.abs(food.per100g.energyKcal - kcal) <= Math.max(25, 0.15 * kcal));
      return fits ? [] : [`${food.slug}: ${food.per100g.energyKcal} kcal vs ${explainedEnergy(food).map(Math.round).join("/")}`];
    });
    expect(problems).toEqual([]);
  });

  it("marks alcohol on alcoholic drinks only, and counts it in their energy", () => {
    const alcoholic = foods.filter((food) => food.alcoholG > 0).map((food) => food.slug);
    expect(alcoholic).toEqual(expect.arrayContaining(["beer-regular", "wine-red", "wine-white", "spirits-40"]));
    for (const slug of alcoholic) expect(get(slug).category).toBe("Drinks");
    // Red wine: 0.1 g protein, 2.6 g carbohydrate, 10.6 g alcohol → 0.4 + 10.4 + 74.2 = 85 kcal.
    expect(explainedEnergy(get("wine-red"))[0]).toBeCloseTo(85, 5);
    expect(get("wine-red").per100g.energyKcal).toBe(85);
  });

  it("gives every food one to three servings with a weight and a label without grams", () => {
    for (const food of foods) {
      expect(food.servings.length, food.slug).toBeGreaterThanOrEqual(1);
      expect(food.servings.length, food.slug).toBeLessThanOrEqual(3);
      for (const serving of food.servings) {
        expect(serving.grams, food.slug).toBeGreaterThan(0);
        expect(serving.label, food.slug).not.toMatch(/\d\s*g\)?$/);
      }
      expect(new Set(food.servings.map((serving) => serving.label)).size, food.slug).toBe(food.servings.length);
    }
  });

  it("carries the values people know for staples", () => {
    expect(get("banana-raw")).toMatchObject({ name: "Banana, raw", category: "Fruit", per100g: { energyKcal: 89, proteinG: 1.1, carbsG: 22.8, fatG: 0.3, fiberG: 2.6 } });
    expect(get("banana-raw").servings[0]).toEqual({ label: "1 medium", grams: 118 });
    expect(get("chicken-breast-roasted").per100g).toMatchObject({ energyKcal: 165, proteinG: 31, carbsG: 0 });
    expect(get("rice-white-cooked").name).toBe("Rice, white, long-grain, cooked");
    expect(get("creatine-monohydrate").per100g).toEqual({ energyKcal: 0, proteinG: 0, carbsG: 0, fatG: 0, fiberG: 0 });
    expect(get("cola").servings).toContainEqual({ label: "1 can (330 ml)", grams: 330 });
    expect(get("olive-oil").per100g.fatG).toBe(100);
  });

  it("produces normalised search text for every food", () => {
    for (const food of foods) {
      const text = foodSearchText({ name: food.name });
      expect(text, food.slug).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
      expect(normalizeSearchText(text)).toBe(text);
    }
    expect(foodSearchText({ name: get("creme-fraiche").name })).toBe("creme fraiche");
    expect(foodSearchText({ name: get("jalapeno-raw").name })).toBe("jalapeno pepper raw");
  });
});
