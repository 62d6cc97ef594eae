import { z } from "zod";
import { fdcJsonArrays, type LoggableFdcDataType } from "./data-types";
import { usedFdcNutrientIds } from "./fdc-nutrients";
import type { FdcFoodInput } from "./map-food";

const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

/** The fields we read from one food of an official FDC JSON download; everything else is ignored. */
export const ZFdcJsonFood = z.object({
  fdcId: z.number().int().positive(),
  description: z.string().nullish(),
  dataType: z.string().nullish(),
  publicationDate: optionalText,
  foodCategory: z.object({ description: optionalText }).nullish(),
  wweiaFoodCategory: z.object({ wweiaFoodCategoryDescription: optionalText }).nullish(),
  brandedFoodCategory: optionalText,
  foodNutrients: z
    .array(z.object({ nutrient: z.object({ id: z.number().int(), number: optionalText, name: optionalText, unitName: optionalText }).nullish(), amount: optionalNumber }))
    .default([]),
  foodPortions: z
    .array(
      z.object({
        gramWeight: optionalNumber,
        amount: optionalNumber,
        modifier: optionalText,
        portionDescription: optionalText,
        sequenceNumber: optionalNumber,
        measureUnit: z.object({ name: optionalText, abbreviation: optionalText }).nullish(),
      }),
    )
    .default([]),
  gtinUpc: optionalText,
  brandOwner: optionalText,
  brandName: optionalText,
  servingSize: optionalNumber,
  servingSizeUnit: optionalText,
  householdServingFullText: optionalText,
});
export type FdcJsonFood = z.infer<typeof ZFdcJsonFood>;

/** JSON dates read "4/1/2019"; the CSV download's (and ours) "2019-04-01". */
export function isoPublicationDate(raw: string | null | undefined): string | null {
  const text = (raw ?? "").trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1].padStart(2, "0")}-${us[2].padStart(2, "0")}`;
  return text === "" ? null : text;
}

/**
 * Which array a parsed JSON download holds ("FoundationFoods"…), or null when it is not one. A
 * download has exactly one of them at the top level.
 */
export function findFdcJsonArray(document: unknown): { key: string; dataType: LoggableFdcDataType; foods: unknown[] } | null {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return null;
  for (const [key, dataType] of Object.entries(fdcJsonArrays)) {
    const foods = (document as Record<string, unknown>)[key];
    if (Array.isArray(foods)) return { key, dataType, foods };
  }
  return null;
}

/** A JSON food in the importer's common shape; `fallbackDataType` covers foods without a dataType field. */
export function fdcJsonFoodInput(food: FdcJsonFood, fallbackDataType: LoggableFdcDataType): FdcFoodInput {
  const nutrients = new Map<number, number>();
  for (const entry of food.foodNutrients) {
    const id = entry.nutrient?.id;
    if (id === undefined || typeof entry.amount !== "number" || !usedFdcNutrientIds.has(id) || nutrients.has(id)) continue;
    nutrients.set(id, entry.amount);
  }
  const isBranded = food.gtinUpc != null || food.brandOwner != null || food.brandName != null;
  return {
    fdcId: food.fdcId,
    dataType: food.dataType ?? fallbackDataType,
    description: food.description ?? "",
    publicationDate: isoPublicationDate(food.publicationDate),
    category: food.foodCategory?.description ?? food.wweiaFoodCategory?.wweiaFoodCategoryDescription ?? food.brandedFoodCategory ?? null,
    nutrients,
    portions: food.foodPortions.map((portion) => ({
      amount: portion.amount ?? null,
      unitName: portion.measureUnit?.name ?? null,
      modifier: portion.modifier ?? null,
      portionDescription: portion.portionDescription ?? null,
      gramWeight: portion.gramWeight ?? null,
      sequence: portion.sequenceNumber ?? null,
    })),
    branded: isBranded
      ? {
          gtinUpc: food.gtinUpc ?? null,
          brandOwner: food.brandOwner ?? null,
          brandName: food.brandName ?? null,
          servingSize: food.servingSize ?? null,
          servingSizeUnit: food.servingSizeUnit ?? null,
          householdServingFullText: food.householdServingFullText ?? null,
        }
      : null,
  };
}
