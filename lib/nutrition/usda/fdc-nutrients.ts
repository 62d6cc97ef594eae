/**
 * FoodData Central nutrient ids (nutrient.csv `id`, JSON `nutrient.id`), not the older SR "numbers"
 * (208, 203…). Only the ones our Nutrients are built from.
 */
export const fdcNutrientIds = {
  energyKcal: 1008,
  /** Foundation foods often report energy only with these two; general before specific, as FDC lists them. */
  energyAtwaterGeneral: 2047,
  energyAtwaterSpecific: 2048,
  energyKj: 1062,
  protein: 1003,
  totalLipid: 1004,
  totalFatNlea: 1085,
  carbsByDifference: 1005,
  carbsBySummation: 1050,
  fiber: 1079,
} as const;

/** Every nutrient id the importer keeps; the rest of food_nutrient.csv is dropped while streaming. */
export const usedFdcNutrientIds: ReadonlySet<number> = new Set(Object.values(fdcNutrientIds));

export const KJ_PER_KCAL = 4.184;

/** Amount per 100 g by nutrient id, as read from food_nutrient.csv or a JSON food's foodNutrients. */
export type FdcNutrientAmounts = ReadonlyMap<number, number>;

export type EnergySource = "kcal" | "atwater-general" | "atwater-specific" | "kj";

/** Energy in kcal per 100 g: the kcal value, then the Atwater ones, and kJ ÷ 4.184 only as a last resort. */
export function pickEnergyKcal(amounts: FdcNutrientAmounts): { kcal: number; source: EnergySource } | null {
  const order: [number, EnergySource][] = [
    [fdcNutrientIds.energyKcal, "kcal"],
    [fdcNutrientIds.energyAtwaterGeneral, "atwater-general"],
    [fdcNutrientIds.energyAtwaterSpecific, "atwater-specific"],
  ];
  for (const [id, source] of order) {
    const kcal = amounts.get(id);
    if (kcal !== undefined) return { kcal, source };
  }
  const kj = amounts.get(fdcNutrientIds.energyKj);
  return kj === undefined ? null : { kcal: kj / KJ_PER_KCAL, source: "kj" };
}

const firstOf = (amounts: FdcNutrientAmounts, ids: readonly number[]) => {
  for (const id of ids) {
    const value = amounts.get(id);
    if (value !== undefined) return value;
  }
  return undefined;
};

export const pickProteinG = (amounts: FdcNutrientAmounts) => amounts.get(fdcNutrientIds.protein);
export const pickFatG = (amounts: FdcNutrientAmounts) => firstOf(amounts, [fdcNutrientIds.totalLipid, fdcNutrientIds.totalFatNlea]);
export const pickCarbsG = (amounts: FdcNutrientAmounts) => firstOf(amounts, [fdcNutrientIds.carbsByDifference, fdcNutrientIds.carbsBySummation]);
/** Absent fibre is stored as 0: FDC leaves it out for foods that have none (oils, meat). */
export const pickFiberG = (amounts: FdcNutrientAmounts) => amounts.get(fdcNutrientIds.fiber) ?? 0;
