import { describe, expect, it } from "vitest";
import type { Nutrients } from "@/lib/nutrition/nutrients";
import { recipeNutrition } from "@/lib/nutrition/recipe";

const oats: Nutrients = { energyKcal: 389, proteinG: 16.9, carbsG: 66.3, fatG: 6.9, fiberG: 10.6 };
const milk: Nutrients = { energyKcal: 42, proteinG: 3.4, carbsG: 5, fatG: 1, fiberG: 0 };
// 200 g oats: 778 kcal, 33.8 P, 132.6 C, 13.8 F, 21.2 fibre. 500 g milk: 210 kcal, 17 P, 25 C, 5 F, 0 fibre.
// Together: 988 kcal, 50.8 P, 157.6 C, 18.8 F, 21.2 fibre in 700 g.
const porridge = [
  { grams: 200, per100g: oats },
  { grams: 500, per100g: milk },
];

function expectNutrients(actual: Nutrients, expected: Nutrients) {
  for (const key of Object.keys(expected) as (keyof Nutrients)[]) expect(actual[key], key).toBeCloseTo(expected[key], 6);
}

describe("recipeNutrition", () => {
  it("adds the ingredients and splits them into servings and per 100 g of the raw weight", () => {
    const result = recipeNutrition({ ingredients: porridge, servings: 4 });
    expectNutrients(result.total, { energyKcal: 988, proteinG: 50.8, carbsG: 157.6, fatG: 18.8, fiberG: 21.2 });
    expect(result.totalGrams).toBe(700);
    expect(result.servingGrams).toBe(175);
    // ÷ 4 servings.
    expectNutrients(result.perServing, { energyKcal: 247, proteinG: 12.7, carbsG: 39.4, fatG: 4.7, fiberG: 5.3 });
    // ÷ 7 (700 g is seven 100 g portions).
    expectNutrients(result.per100g, { energyKcal: 988 / 7, proteinG: 50.8 / 7, carbsG: 157.6 / 7, fatG: 18.8 / 7, fiberG: 21.2 / 7 });
    expect(result.per100g.energyKcal).toBeCloseTo(141.14, 2);
  });

  it("spreads the same nutrients over the cooked weight when water boils off", () => {
    // 700 g raw cooks down to 560 g: same totals, 5.6 portions of 100 g, 140 g a serving.
    const result = recipeNutrition({ ingredients: porridge, servings: 4, cookedWeightG: 560 });
    expectNutrients(result.total, { energyKcal: 988, proteinG: 50.8, carbsG: 157.6, fatG: 18.8, fiberG: 21.2 });
    expect(result.totalGrams).toBe(560);
    expect(result.servingGrams).toBe(140);
    expectNutrients(result.perServing, { energyKcal: 247, proteinG: 12.7, carbsG: 39.4, fatG: 4.7, fiberG: 5.3 });
    expect(result.per100g.energyKcal).toBeCloseTo(176.43, 2); // 988 / 5.6
    expect(result.per100g.proteinG).toBeCloseTo(9.0714, 4); // 50.8 / 5.6
  });

  it("treats a null cooked weight like a missing one and allows fractional servings", () => {
    const result = recipeNutrition({ ingredients: porridge, servings: 2.5, cookedWeightG: null });
    expect(result.totalGrams).toBe(700);
    expect(result.servingGrams).toBe(280);
    expect(result.perServing.energyKcal).toBeCloseTo(395.2, 6);
  });

  it("rejects recipes that cannot be divided up", () => {
    expect(() => recipeNutrition({ ingredients: porridge, servings: 0 })).toThrow(/more than 0 servings/);
    expect(() => recipeNutrition({ ingredients: porridge, servings: -2 })).toThrow(/more than 0 servings/);
    expect(() => recipeNutrition({ ingredients: [], servings: 2 })).toThrow(/at least one ingredient/);
    expect(() => recipeNutrition({ ingredients: [{ grams: 0, per100g: oats }], servings: 2 })).toThrow(/weigh nothing/);
    expect(() => recipeNutrition({ ingredients: porridge, servings: 2, cookedWeightG: 0 })).toThrow(/cooked weight/);
    expect(() => recipeNutrition({ ingredients: [{ grams: -5, per100g: oats }], servings: 1 })).toThrow(/0 g or more/);
  });
});
