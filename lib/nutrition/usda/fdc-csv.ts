import type { FdcBrandedInfo } from "./map-food";
import type { FdcPortion } from "./servings";

/** The files of an FDC CSV download the importer reads; branded_food.csv and food_category.csv are optional. */
export const fdcCsvFiles = {
  food: "food.csv",
  foodNutrient: "food_nutrient.csv",
  foodPortion: "food_portion.csv",
  measureUnit: "measure_unit.csv",
  foodCategory: "food_category.csv",
  brandedFood: "branded_food.csv",
} as const;

export const requiredFdcCsvFiles = [fdcCsvFiles.food, fdcCsvFiles.foodNutrient] as const;

export type CsvRow = Record<string, string | undefined>;

/** CSV cells are text; FDC leaves unknown numbers empty. */
export function csvNumber(cell: string | undefined): number | null {
  const text = (cell ?? "").trim();
  if (text === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export const csvText = (cell: string | undefined): string | null => {
  const text = (cell ?? "").trim();
  return text === "" ? null : text;
};

/** A food_portion.csv row, its unit named through measure_unit.csv. */
export function fdcCsvPortion(row: CsvRow, unitNames: ReadonlyMap<string, string>): FdcPortion {
  return {
    amount: csvNumber(row.amount),
    unitName: unitNames.get((row.measure_unit_id ?? "").trim()) ?? null,
    modifier: csvText(row.modifier),
    portionDescription: csvText(row.portion_description),
    gramWeight: csvNumber(row.gram_weight),
    sequence: csvNumber(row.seq_num),
  };
}

/** A branded_food.csv row; the brand name is preferred over the owner when both are there. */
export function fdcCsvBranded(row: CsvRow): FdcBrandedInfo {
  return {
    gtinUpc: csvText(row.gtin_upc),
    brandOwner: csvText(row.brand_owner),
    brandName: csvText(row.brand_name),
    servingSize: csvNumber(row.serving_size),
    servingSizeUnit: csvText(row.serving_size_unit),
    householdServingFullText: csvText(row.household_serving_fulltext),
  };
}
