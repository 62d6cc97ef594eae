import { roundNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import { loggableDataType, type LoggableFdcDataType } from "./data-types";
import { pickCarbsG, pickEnergyKcal, pickFatG, pickFiberG, pickProteinG, type EnergySource, type FdcNutrientAmounts } from "./fdc-nutrients";
import { normaliseUsdaGtin } from "./gtin";
import { MAX_SERVINGS, portionsToServings, type FdcPortion, type Serving } from "./servings";

/** Branded foods only (branded_food.csv, or the JSON fields of the same names). */
export type FdcBrandedInfo = {
  gtinUpc: string | null;
  brandOwner: string | null;
  brandName: string | null;
  servingSize: number | null;
  servingSizeUnit: string | null;
  householdServingFullText: string | null;
};

/** One FDC food with what the importer read about it, from the CSV folder or the JSON file alike. */
export type FdcFoodInput = {
  fdcId: number;
  /** As written in the source: "foundation_food" (CSV) or "Foundation" (JSON)… */
  dataType: string;
  description: string;
  publicationDate: string | null;
  category: string | null;
  nutrients: FdcNutrientAmounts;
  portions: readonly FdcPortion[];
  branded?: FdcBrandedInfo | null;
};

export type MappedUsdaFood = {
  fdcId: number;
  dataType: LoggableFdcDataType;
  name: string;
  brand: string;
  category: string;
  per100g: Nutrients;
  servings: Serving[];
  barcodes: string[];
  publicationDate: string | null;
};

/** Why a record is not imported; the report counts by these. */
export const usdaSkipReasons = {
  notAFood: "not a food for logging (sample/acquisition record)",
  emptyDescription: "empty description",
  noEnergy: "no energy value",
  missingMacros: "missing protein, fat or carbohydrate",
  macrosOver100: "implausible: protein + fat + carbohydrate over 100 g per 100 g",
  energyOver900: "implausible: energy over 900 kcal per 100 g",
  negative: "implausible: a negative amount",
  badRecord: "not in the FDC format",
  duplicate: "listed twice in the download (first one kept)",
} as const;
export type UsdaSkipReason = (typeof usdaSkipReasons)[keyof typeof usdaSkipReasons];

/** What was imported but worth telling: fallbacks taken and barcodes dropped. */
export const usdaNotes = {
  energyAtwaterGeneral: "energy from Atwater General Factors (2047), no kcal value",
  energyAtwaterSpecific: "energy from Atwater Specific Factors (2048), no kcal value",
  energyKj: "energy converted from kJ (1062), no kcal value",
  gtinCheckDigit: "barcode dropped: GS1 check digit wrong",
  gtinNotRetail: "barcode dropped: not a retail GTIN (8, 12, 13 or 14 digits starting with 0)",
} as const;
export type UsdaNote = (typeof usdaNotes)[keyof typeof usdaNotes];

/**
 * Pure fat is 100 g per 100 g and the most energy-dense food there is (≈ 900 kcal). Lab values carry
 * noise, and "by difference" carbohydrate is itself computed to close the sum, so a little slack
 * keeps oils and sugars while still catching unit mix-ups (a per-serving or per-pound value).
 */
export const MAX_MACROS_G_PER_100G = 102;
export const MAX_ENERGY_KCAL_PER_100G = 900;

const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

const energyNotes: Partial<Record<EnergySource, UsdaNote>> = {
  "atwater-general": usdaNotes.energyAtwaterGeneral,
  "atwater-specific": usdaNotes.energyAtwaterSpecific,
  kj: usdaNotes.energyKj,
};

/** The household serving printed on a branded label, when it is given in grams. */
function brandedServing(branded: FdcBrandedInfo): Serving | null {
  const unit = clean(branded.servingSizeUnit).toLowerCase();
  const grams = branded.servingSize;
  if (!(unit === "g" || unit === "grm") || grams === null || !Number.isFinite(grams) || grams <= 0) return null;
  return { label: clean(branded.householdServingFullText) || "1 serving", grams: Math.round(grams * 10) / 10 };
}

export type UsdaMapResult = { ok: true; food: MappedUsdaFood; notes: UsdaNote[] } | { ok: false; reason: UsdaSkipReason };

/**
 * One FDC food as a food members can log, per 100 g, or why it is left out. Energy is the kcal value,
 * then Atwater general, then Atwater specific (Foundation foods often have only those), kJ ÷ 4.184 as
 * a last resort; fat is total lipid, then NLEA total fat; carbohydrate by difference, then by
 * summation; fibre 0 when absent.
 */
export function mapUsdaFood(input: FdcFoodInput): UsdaMapResult {
  const dataType = loggableDataType(input.dataType);
  if (dataType === null) return { ok: false, reason: usdaSkipReasons.notAFood };
  const name = clean(input.description);
  if (name === "") return { ok: false, reason: usdaSkipReasons.emptyDescription };

  const energy = pickEnergyKcal(input.nutrients);
  if (energy === null) return { ok: false, reason: usdaSkipReasons.noEnergy };
  const proteinG = pickProteinG(input.nutrients);
  const fatG = pickFatG(input.nutrients);
  const carbsG = pickCarbsG(input.nutrients);
  if (proteinG === undefined || fatG === undefined || carbsG === undefined) return { ok: false, reason: usdaSkipReasons.missingMacros };
  const raw: Nutrients = { energyKcal: energy.kcal, proteinG, fatG, carbsG, fiberG: pickFiberG(input.nutrients) };
  if (Object.values(raw).some((value) => value < 0)) return { ok: false, reason: usdaSkipReasons.negative };
  if (proteinG + fatG + carbsG > MAX_MACROS_G_PER_100G) return { ok: false, reason: usdaSkipReasons.macrosOver100 };
  if (energy.kcal > MAX_ENERGY_KCAL_PER_100G) return { ok: false, reason: usdaSkipReasons.energyOver900 };

  const notes: UsdaNote[] = [];
  const energyNote = energyNotes[energy.source];
  if (energyNote) notes.push(energyNote);

  const servings = portionsToServings(input.portions);
  const barcodes: string[] = [];
  let brand = "";
  if (dataType === "branded_food" && input.branded) {
    brand = clean(input.branded.brandName) || clean(input.branded.brandOwner);
    const labelServing = brandedServing(input.branded);
    if (labelServing && !servings.some((serving) => serving.label.toLowerCase() === labelServing.label.toLowerCase())) servings.unshift(labelServing);
    if (servings.length > MAX_SERVINGS) servings.length = MAX_SERVINGS;
    const gtin = normaliseUsdaGtin(input.branded.gtinUpc);
    if (gtin?.ok) barcodes.push(gtin.gtin);
    else if (gtin) notes.push(gtin.problem === "check digit wrong" ? usdaNotes.gtinCheckDigit : usdaNotes.gtinNotRetail);
  }

  return {
    ok: true,
    notes,
    food: {
      fdcId: input.fdcId,
      dataType,
      name,
      brand,
      category: clean(input.category),
      per100g: roundNutrients(raw),
      servings,
      barcodes,
      publicationDate: clean(input.publicationDate) || null,
    },
  };
}
