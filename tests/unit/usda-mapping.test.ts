import { describe, expect, it } from "vitest";
import { loggableDataType } from "@/lib/nutrition/usda/data-types";
import { fdcCsvPortion } from "@/lib/nutrition/usda/fdc-csv";
import { fdcJsonFoodInput, findFdcJsonArray, isoPublicationDate, ZFdcJsonFood } from "@/lib/nutrition/usda/fdc-json";
import { pickEnergyKcal } from "@/lib/nutrition/usda/fdc-nutrients";
import { normaliseUsdaGtin } from "@/lib/nutrition/usda/gtin";
import { mapUsdaFood, usdaNotes, usdaSkipReasons, type FdcBrandedInfo, type FdcFoodInput } from "@/lib/nutrition/usda/map-food";
import { portionLabel, portionsToServings, type FdcPortion } from "@/lib/nutrition/usda/servings";

/** An FDC food as the importer reads it; amounts by FDC nutrient id, per 100 g. */
function food(overrides: Partial<FdcFoodInput> & { amounts?: Record<number, number> } = {}): FdcFoodInput {
  const { amounts, ...rest } = overrides;
  return {
    fdcId: 321358,
    dataType: "foundation_food",
    description: "  Hummus,   commercial ",
    publicationDate: "2019-04-01",
    category: "Legumes and Legume Products",
    nutrients: new Map(Object.entries(amounts ?? { 1008: 229, 1003: 7.35, 1004: 17.1, 1005: 14.9, 1079: 5.4 }).map(([id, value]) => [Number(id), value])),
    portions: [],
    branded: null,
    ...rest,
  };
}

function mapped(input: FdcFoodInput) {
  const result = mapUsdaFood(input);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const portion = (overrides: Partial<FdcPortion>): FdcPortion => ({ amount: 1, unitName: "cup", modifier: null, portionDescription: null, gramWeight: 100, ...overrides });

describe("energy", () => {
  it("takes kcal (1008) first, then Atwater general (2047), then Atwater specific (2048), then kJ ÷ 4.184", () => {
    const amounts = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([id, value]) => [Number(id), value]));
    expect(pickEnergyKcal(amounts({ 1008: 229, 2047: 243, 2048: 229, 1062: 958 }))).toEqual({ kcal: 229, source: "kcal" });
    expect(pickEnergyKcal(amounts({ 2047: 243, 2048: 231, 1062: 958 }))).toEqual({ kcal: 243, source: "atwater-general" });
    expect(pickEnergyKcal(amounts({ 2048: 231, 1062: 958 }))).toEqual({ kcal: 231, source: "atwater-specific" });
    // 418.4 kJ is 100 kcal (to floating-point precision).
    const fromKj = pickEnergyKcal(amounts({ 1062: 418.4 }));
    expect(fromKj?.source).toBe("kj");
    expect(fromKj?.kcal).toBeCloseTo(100, 9);
    expect(pickEnergyKcal(amounts({ 1003: 5 }))).toBeNull();
  });

  it("notes which fallback a food's energy came from", () => {
    const general = mapped(food({ amounts: { 2047: 243, 2048: 231, 1003: 7, 1004: 17, 1005: 15 } }));
    expect(general.food.per100g.energyKcal).toBe(243);
    expect(general.notes).toEqual([usdaNotes.energyAtwaterGeneral]);
    const specific = mapped(food({ amounts: { 2048: 231, 1003: 7, 1004: 17, 1005: 15 } }));
    expect(specific.food.per100g.energyKcal).toBe(231);
    expect(specific.notes).toEqual([usdaNotes.energyAtwaterSpecific]);
    // 1000 kJ / 4.184 = 239.0 kcal.
    const kj = mapped(food({ amounts: { 1062: 1000, 1003: 7, 1004: 17, 1005: 15 } }));
    expect(kj.food.per100g.energyKcal).toBe(239);
    expect(kj.notes).toEqual([usdaNotes.energyKj]);
    expect(mapped(food()).notes).toEqual([]);
  });
});

describe("mapUsdaFood", () => {
  it("maps a Foundation food per 100 g, rounded for storage, with its name trimmed", () => {
    const { food: hummus } = mapped(food());
    expect(hummus).toEqual({
      fdcId: 321358,
      dataType: "foundation_food",
      name: "Hummus, commercial",
      brand: "",
      category: "Legumes and Legume Products",
      // 7.35 g protein rounds to one decimal, 7.4.
      per100g: { energyKcal: 229, proteinG: 7.4, fatG: 17.1, carbsG: 14.9, fiberG: 5.4 },
      servings: [],
      barcodes: [],
      publicationDate: "2019-04-01",
    });
  });

  it("falls back to NLEA total fat (1085) and carbohydrate by summation (1050); missing fibre is 0", () => {
    const { food: result } = mapped(food({ amounts: { 1008: 100, 1003: 2, 1085: 3.25, 1050: 11.04 } }));
    expect(result.per100g).toEqual({ energyKcal: 100, proteinG: 2, fatG: 3.3, carbsG: 11, fiberG: 0 });
    // Total lipid and carbohydrate by difference win when both are there.
    const preferred = mapped(food({ amounts: { 1008: 100, 1003: 2, 1004: 4, 1085: 3, 1005: 12, 1050: 11 } }));
    expect(preferred.food.per100g).toMatchObject({ fatG: 4, carbsG: 12 });
  });

  it("accepts the JSON spellings of the data types and refuses sample and acquisition records", () => {
    expect(mapped(food({ dataType: "SR Legacy" })).food.dataType).toBe("sr_legacy_food");
    expect(mapped(food({ dataType: "Survey (FNDDS)" })).food.dataType).toBe("survey_fndds_food");
    for (const dataType of ["sample_food", "sub_sample_food", "market_acquisition", "agricultural_acquisition", "experimental_food"]) {
      expect(mapUsdaFood(food({ dataType }))).toEqual({ ok: false, reason: usdaSkipReasons.notAFood });
    }
    expect(loggableDataType(" Foundation ")).toBe("foundation_food");
  });

  it("skips foods without a description, energy or macros, and implausible ones", () => {
    const reasonOf = (input: FdcFoodInput) => {
      const result = mapUsdaFood(input);
      return result.ok ? "imported" : result.reason;
    };
    expect(reasonOf(food({ description: "   " }))).toBe(usdaSkipReasons.emptyDescription);
    expect(reasonOf(food({ amounts: { 1003: 7, 1004: 17, 1005: 15 } }))).toBe(usdaSkipReasons.noEnergy);
    expect(reasonOf(food({ amounts: { 1008: 229, 1004: 17, 1005: 15 } }))).toBe(usdaSkipReasons.missingMacros);
    expect(reasonOf(food({ amounts: { 1008: 229, 1003: 7, 1005: 15 } }))).toBe(usdaSkipReasons.missingMacros);
    expect(reasonOf(food({ amounts: { 1008: 229, 1003: 7, 1004: 17 } }))).toBe(usdaSkipReasons.missingMacros);
    // 40 + 30 + 35 = 105 g of macronutrients in 100 g of food.
    expect(reasonOf(food({ amounts: { 1008: 550, 1003: 40, 1004: 30, 1005: 35 } }))).toBe(usdaSkipReasons.macrosOver100);
    expect(reasonOf(food({ amounts: { 1008: 920, 1003: 0, 1004: 100, 1005: 0 } }))).toBe(usdaSkipReasons.energyOver900);
    expect(reasonOf(food({ amounts: { 1008: 120, 1003: -1, 1004: 5, 1005: 10 } }))).toBe(usdaSkipReasons.negative);
    // Olive oil: 100 g fat and 884 kcal is the top of the plausible range, and is kept.
    expect(reasonOf(food({ amounts: { 1008: 884, 1003: 0, 1004: 100, 1005: 0 } }))).toBe("imported");
  });
});

describe("servings from FDC portions", () => {
  it("labels Foundation portions from amount, unit and modifier, and SR Legacy / Survey ones from their text", () => {
    expect(portionLabel(portion({ amount: 1, unitName: "cup", modifier: "chopped" }))).toBe("1 cup, chopped");
    expect(portionLabel(portion({ amount: 2, unitName: "tablespoon" }))).toBe("2 tablespoon");
    expect(portionLabel(portion({ amount: 0.5, unitName: "cup", portionDescription: "about 10 pieces" }))).toBe("0.5 cup, about 10 pieces");
    // SR Legacy: unit "undetermined", the measure in the modifier.
    expect(portionLabel(portion({ amount: 1, unitName: "undetermined", modifier: "cup, sliced" }))).toBe("1 cup, sliced");
    // Survey (FNDDS): no amount, the whole measure in the description.
    expect(portionLabel(portion({ amount: null, unitName: "undetermined", portionDescription: "1 slice" }))).toBe("1 slice");
    expect(portionLabel(portion({ amount: null, unitName: "undetermined", portionDescription: "Quantity not specified" }))).toBeNull();
    expect(portionLabel(portion({ unitName: "undetermined" }))).toBeNull();
    // Cooking-yield weights are not household measures.
    expect(portionLabel(portion({ unitName: "paired raw w" }))).toBeNull();
  });

  it("keeps at most five, in FDC's order, without duplicates or portions without a weight", () => {
    const servings = portionsToServings([
      portion({ amount: 1, unitName: "quart", gramWeight: 976, sequence: 7 }),
      portion({ amount: 1, unitName: "cup", gramWeight: 244, sequence: 1 }),
      portion({ amount: 1, unitName: "Cup", gramWeight: 240, sequence: 2 }),
      portion({ amount: 1, unitName: "fl oz", gramWeight: 30.5, sequence: 3 }),
      portion({ amount: 1, unitName: "tablespoon", gramWeight: null, sequence: 4 }),
      portion({ amount: 1, unitName: "undetermined", gramWeight: 50, sequence: 5 }),
      portion({ amount: 1, unitName: "teaspoon", gramWeight: 5.06, sequence: 6 }),
      portion({ amount: 1, unitName: "pint", gramWeight: 488, sequence: 8 }),
      portion({ amount: 1, unitName: "gallon", gramWeight: 3904, sequence: 9 }),
      portion({ amount: 1, unitName: "liter", gramWeight: 1030, sequence: 10 }),
    ]);
    expect(servings).toEqual([
      { label: "1 cup", grams: 244 },
      { label: "1 fl oz", grams: 30.5 },
      { label: "1 teaspoon", grams: 5.1 },
      { label: "1 quart", grams: 976 },
      { label: "1 pint", grams: 488 },
    ]);
  });

  it("reads food_portion.csv rows through measure_unit.csv", () => {
    const units = new Map([["1000", "cup"]]);
    const row = { id: "1", fdc_id: "2", seq_num: "", amount: "1.0", measure_unit_id: "1000", portion_description: "", modifier: "chopped", gram_weight: "76.0" };
    expect(portionsToServings([fdcCsvPortion(row, units)])).toEqual([{ label: "1 cup, chopped", grams: 76 }]);
  });
});

describe("branded foods", () => {
  const branded = (overrides: Partial<FdcBrandedInfo> = {}): FdcBrandedInfo => ({
    gtinUpc: "036000291452",
    brandOwner: "Quokka Foods Inc.",
    brandName: "QUOKKA",
    servingSize: 28,
    servingSizeUnit: "g",
    householdServingFullText: "1 ONZ",
    ...overrides,
  });
  const brandedFood = (info: Partial<FdcBrandedInfo>) => food({ fdcId: 1, dataType: "branded_food", description: "ROASTED ALMONDS", amounts: { 1008: 600, 1003: 21, 1004: 52, 1005: 21 }, branded: branded(info) });

  it("has its brand, its label serving and its UPC-A as GTIN-13", () => {
    const { food: almonds, notes } = mapped(brandedFood({}));
    expect(almonds).toMatchObject({ name: "ROASTED ALMONDS", brand: "QUOKKA", servings: [{ label: "1 ONZ", grams: 28 }], barcodes: ["0036000291452"] });
    expect(notes).toEqual([]);
    expect(mapped(brandedFood({ brandName: null })).food.brand).toBe("Quokka Foods Inc.");
    // A serving in millilitres has no weight we know.
    expect(mapped(brandedFood({ servingSizeUnit: "ml" })).food.servings).toEqual([]);
  });

  it("drops a barcode with a wrong check digit or length, and says so", () => {
    const typo = mapped(brandedFood({ gtinUpc: "036000291453" }));
    expect(typo.food.barcodes).toEqual([]);
    expect(typo.notes).toEqual([usdaNotes.gtinCheckDigit]);
    const short = mapped(brandedFood({ gtinUpc: "1234567890" }));
    expect(short.food.barcodes).toEqual([]);
    expect(short.notes).toEqual([usdaNotes.gtinNotRetail]);
  });

  it("normalises GTINs: 12 digits gain a 0, 13 and 8 stay, a GTIN-14 starting 0 loses it", () => {
    expect(normaliseUsdaGtin("036000291452")).toEqual({ ok: true, gtin: "0036000291452" });
    expect(normaliseUsdaGtin("4006381333931")).toEqual({ ok: true, gtin: "4006381333931" });
    expect(normaliseUsdaGtin("96385074")).toEqual({ ok: true, gtin: "96385074" });
    expect(normaliseUsdaGtin("00036000291452")).toEqual({ ok: true, gtin: "0036000291452" });
    expect(normaliseUsdaGtin("4006381333932")).toEqual({ ok: false, problem: "check digit wrong" });
    expect(normaliseUsdaGtin("12345")).toEqual({ ok: false, problem: "not a retail GTIN" });
    expect(normaliseUsdaGtin("  ")).toBeNull();
    expect(normaliseUsdaGtin(null)).toBeNull();
  });
});

describe("FDC JSON foods", () => {
  it("finds the download's array and reads a food's nutrients, portions and dates", () => {
    const document = {
      FoundationFoods: [
        {
          fdcId: 747447,
          description: "Broccoli, raw",
          dataType: "Foundation",
          publicationDate: "4/1/2019",
          foodCategory: { description: "Vegetables and Vegetable Products" },
          foodNutrients: [
            { nutrient: { id: 2047, number: "957", name: "Energy (Atwater General Factors)", unitName: "kcal" }, amount: 39 },
            { nutrient: { id: 1003, number: "203", name: "Protein", unitName: "g" }, amount: 2.57 },
            { nutrient: { id: 1004, number: "204", name: "Total lipid (fat)", unitName: "g" }, amount: 0.34 },
            { nutrient: { id: 1005, number: "205", name: "Carbohydrate, by difference", unitName: "g" }, amount: 6.29 },
            { nutrient: { id: 1079, number: "291", name: "Fiber, total dietary", unitName: "g" }, amount: 2.4 },
            { nutrient: { id: 1087, number: "301", name: "Calcium, Ca", unitName: "mg" }, amount: 46 },
            { nutrient: { id: 1051, number: "255", name: "Water", unitName: "g" } },
          ],
          foodPortions: [{ gramWeight: 76, amount: 1, modifier: "chopped", measureUnit: { name: "cup", abbreviation: "cup" }, sequenceNumber: 1 }],
        },
      ],
    };
    const found = findFdcJsonArray(document);
    expect(found).toMatchObject({ key: "FoundationFoods", dataType: "foundation_food" });
    const input = fdcJsonFoodInput(ZFdcJsonFood.parse(found!.foods[0]), found!.dataType);
    expect([...input.nutrients.entries()]).toEqual([
      [2047, 39],
      [1003, 2.57],
      [1004, 0.34],
      [1005, 6.29],
      [1079, 2.4],
    ]);
    const { food: broccoli } = mapped(input);
    expect(broccoli).toMatchObject({
      name: "Broccoli, raw",
      dataType: "foundation_food",
      category: "Vegetables and Vegetable Products",
      publicationDate: "2019-04-01",
      per100g: { energyKcal: 39, proteinG: 2.6, fatG: 0.3, carbsG: 6.3, fiberG: 2.4 },
      servings: [{ label: "1 cup, chopped", grams: 76 }],
    });
    expect(findFdcJsonArray({ Foods: [] })).toBeNull();
    expect(findFdcJsonArray([])).toBeNull();
    expect(isoPublicationDate("2024-10-31")).toBe("2024-10-31");
  });
});
