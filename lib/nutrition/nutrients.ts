import { z } from "zod";

/**
 * The nutrients every food, recipe and diary entry carries. Stored per 100 g for foods and as the
 * logged amount for entries; energy in kcal, the rest in grams.
 */
export const nutrientKeys = ["energyKcal", "proteinG", "carbsG", "fatG", "fiberG"] as const;
export type NutrientKey = (typeof nutrientKeys)[number];
export type Nutrients = Record<NutrientKey, number>;

export const ZNutrients = z.object({
  energyKcal: z.number().min(0, "Energy cannot be negative").max(10_000),
  proteinG: z.number().min(0, "Protein cannot be negative").max(1_000),
  carbsG: z.number().min(0, "Carbohydrate cannot be negative").max(1_000),
  fatG: z.number().min(0, "Fat cannot be negative").max(1_000),
  fiberG: z.number().min(0, "Fibre cannot be negative").max(1_000),
});

export const zeroNutrients = (): Nutrients => ({ energyKcal: 0, proteinG: 0, carbsG: 0, fatG: 0, fiberG: 0 });

/** What `grams` of a food with `per100g` provides. */
export function scaleNutrients(per100g: Nutrients, grams: number): Nutrients {
  const factor = grams / 100;
  return { energyKcal: per100g.energyKcal * factor, proteinG: per100g.proteinG * factor, carbsG: per100g.carbsG * factor, fatG: per100g.fatG * factor, fiberG: per100g.fiberG * factor };
}

export function sumNutrients(items: readonly Nutrients[]): Nutrients {
  const total = zeroNutrients();
  for (const item of items) for (const key of nutrientKeys) total[key] += item[key];
  return total;
}

/** Rounded for storage and display: whole kcal, grams to one decimal. */
export function roundNutrients(value: Nutrients): Nutrients {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return { energyKcal: Math.round(value.energyKcal), proteinG: tenth(value.proteinG), carbsG: tenth(value.carbsG), fatG: tenth(value.fatG), fiberG: tenth(value.fiberG) };
}

/** Energy from the macronutrients with the general Atwater factors (4/4/9 kcal per g). */
export function atwaterKcal(value: Pick<Nutrients, "proteinG" | "carbsG" | "fatG">): number {
  return 4 * value.proteinG + 4 * value.carbsG + 9 * value.fatG;
}
