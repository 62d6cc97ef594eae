import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { foodSearchText } from "@/lib/nutrition/food-search";
import { usdaNotes, usdaSkipReasons } from "@/lib/nutrition/usda/map-food";
import { FoodModel } from "@/server/nutrition/food-model";
import { importUsdaFoods, UsdaImportInputError, type UsdaImportPhase } from "@/server/nutrition/usda-import";
import { useDatabase } from "./support/harness";

useDatabase();

/** A CSV file as FDC writes them: every cell quoted, a header row. */
const csv = (rows: (string | number)[][]) => rows.map((row) => row.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(",")).join("\n") + "\n";

/**
 * Nine food.csv records in the FDC schema (fdcIds made up, 9000001…): four to import, two sample /
 * acquisition records, one without energy, one whose macros add up to 110 g per 100 g, one without a
 * description.
 */
function writeCsvFixture(folder: string): void {
  const write = (name: string, rows: (string | number)[][]) => writeFileSync(path.join(folder, name), csv(rows));
  write("food.csv", [
    ["fdc_id", "data_type", "description", "food_category_id", "publication_date"],
    [9000001, "foundation_food", " Quokka berries, raw ", 9, "2024-10-31"],
    [9000002, "foundation_food", "Quokka flour, whole grain", 20, "2024-04-18"],
    [9000003, "sample_food", "QUOKKA BERRIES, SAMPLE", 9, "2024-10-31"],
    [9000004, "market_acquisition", "QUOKKA BERRIES, STORE A", 9, "2024-10-31"],
    [9000005, "foundation_food", "Quokka salt, table", 2, "2024-10-31"],
    [9000006, "branded_food", "QUOKKA BAR, PEANUT", "", "2024-06-27"],
    [9000007, "branded_food", "QUOKKA SYRUP", "", "2024-06-27"],
    [9000008, "sr_legacy_food", "Quokka juice, miskeyed", 14, "2019-04-01"],
    [9000009, "foundation_food", "  ", 9, "2024-10-31"],
  ]);
  const nutrientRows: (string | number)[][] = [["id", "fdc_id", "nutrient_id", "amount", "data_points", "derivation_id", "min", "max", "median", "footnote", "min_year_acquired"]];
  let id = 1;
  const amounts = (fdcId: number, values: Record<number, number>) => {
    for (const [nutrientId, amount] of Object.entries(values)) nutrientRows.push([id++, fdcId, nutrientId, amount, 1, 1, "", "", "", "", ""]);
  };
  // Water (1051) and calcium (1087) are read past.
  amounts(9000001, { 1051: 84.2, 1008: 57, 1062: 240, 1003: 0.74, 1004: 0.33, 1005: 14.5, 1079: 2.4, 1087: 6 });
  // Only the Atwater energies, NLEA fat and carbohydrate by summation: every fallback at once.
  amounts(9000002, { 2047: 346, 2048: 332, 1003: 13.2, 1085: 2.5, 1050: 68.26, 1079: 10.7 });
  amounts(9000003, { 1008: 60, 1003: 0.8, 1004: 0.3, 1005: 15 });
  amounts(9000004, { 1008: 61, 1003: 0.8, 1004: 0.3, 1005: 15 });
  amounts(9000005, { 1003: 0, 1004: 0, 1005: 0 });
  amounts(9000006, { 1008: 450, 1003: 20, 1004: 25, 1005: 40, 1079: 5 });
  amounts(9000007, { 1008: 260, 1003: 0, 1004: 0, 1005: 67 });
  amounts(9000008, { 1008: 600, 1003: 60, 1004: 30, 1005: 20 });
  amounts(9000009, { 1008: 50, 1003: 1, 1004: 1, 1005: 10 });
  write("food_nutrient.csv", nutrientRows);
  write("measure_unit.csv", [
    ["id", "name"],
    [1000, "cup"],
    [1001, "tablespoon"],
    [1011, "paired raw w"],
    [9999, "undetermined"],
  ]);
  write("food_category.csv", [
    ["id", "code", "description"],
    [9, "0900", "Fruits and Fruit Juices"],
    [20, "2000", "Cereal Grains and Pasta"],
  ]);
  write("food_portion.csv", [
    ["id", "fdc_id", "seq_num", "amount", "measure_unit_id", "portion_description", "modifier", "gram_weight", "data_points", "footnote", "min_year_acquired"],
    [1, 9000001, 2, "2.0", 1001, "", "", "18.5", 1, "", ""],
    [2, 9000001, 1, "1.0", 1000, "", "whole", "148.0", 1, "", ""],
    [3, 9000001, "", "1.0", 9999, "", "", "50.0", 1, "", ""],
    [4, 9000001, "", "1.0", 1011, "", "", "100.0", 1, "", ""],
    [5, 9000002, 1, "1.0", 1000, "", "", "120.0", 1, "", ""],
    [6, 9000003, 1, "1.0", 1000, "", "", "140.0", 1, "", ""],
  ]);
  write("branded_food.csv", [
    ["fdc_id", "brand_owner", "brand_name", "subbrand_name", "gtin_upc", "ingredients", "serving_size", "serving_size_unit", "household_serving_fulltext", "branded_food_category"],
    [9000006, "Quokka Snacks LLC", "QUOKKA", "", "036000291452", "PEANUTS, OATS", "40", "g", "1 BAR", "Snack, Energy & Granola Bars"],
    // The check digit of this UPC-A should be 2: the barcode is dropped and the food still imported.
    [9000007, "Quokka Snacks LLC", "", "", "036000291453", "SUGAR, WATER", "30", "ml", "2 Tbsp", "Syrups"],
  ]);
}

/** An FDC JSON download (Foundation format) with two foods: one to import, one without protein. */
function writeJsonFixture(file: string): void {
  const nutrient = (id: number, name: string, unitName: string, amount: number) => ({ type: "FoodNutrient", nutrient: { id, number: "", name, rank: 1, unitName }, amount });
  const foods = [
    {
      fdcId: 9100001,
      description: "Quokka greens, raw",
      dataType: "Foundation",
      publicationDate: "10/31/2024",
      foodCategory: { description: "Vegetables and Vegetable Products" },
      foodNutrients: [
        nutrient(2047, "Energy (Atwater General Factors)", "kcal", 31),
        nutrient(1003, "Protein", "g", 2.86),
        nutrient(1004, "Total lipid (fat)", "g", 0.41),
        nutrient(1005, "Carbohydrate, by difference", "g", 5.15),
        nutrient(1079, "Fiber, total dietary", "g", 3.55),
      ],
      foodPortions: [{ id: 1, gramWeight: 21, amount: 1, modifier: "chopped", sequenceNumber: 1, measureUnit: { id: 1000, name: "cup", abbreviation: "cup" } }],
    },
    {
      fdcId: 9100002,
      description: "Quokka tea, brewed",
      dataType: "Foundation",
      publicationDate: "10/31/2024",
      foodNutrients: [nutrient(1008, "Energy", "kcal", 1), nutrient(1004, "Total lipid (fat)", "g", 0), nutrient(1005, "Carbohydrate, by difference", "g", 0.2)],
      foodPortions: [],
    },
  ];
  writeFileSync(file, JSON.stringify({ FoundationFoods: foods }));
}

const removeUsdaFoods = () => FoodModel.deleteMany({ source: "usda" });

describe("importing a USDA FoodData Central download", () => {
  let folder: string;
  let csvFolder: string;
  let jsonFile: string;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), "usda-import-"));
    csvFolder = path.join(folder, "FoodData_Central_quokka_csv_2024-10-31");
    jsonFile = path.join(folder, "FoodData_Central_quokka_json_2024-10-31.json");
  });
  beforeEach(removeUsdaFoods);
  afterAll(async () => {
    await removeUsdaFoods();
    rmSync(folder, { recursive: true, force: true });
  });

  it("imports the foods of a CSV folder, skips the rest with reasons, and a re-run writes nothing", async () => {
    mkdirSync(csvFolder);
    writeCsvFixture(csvFolder);

    const phases = new Set<UsdaImportPhase>();
    const report = await importUsdaFoods(csvFolder, { onProgress: (_done, _total, phase) => phases.add(phase) });
    expect(report).toMatchObject({ format: "csv", release: "FoodData_Central_quokka_csv_2024-10-31", read: 9, created: 4, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual({
      [usdaSkipReasons.notAFood]: { count: 2, examples: [9000003, 9000004] },
      [usdaSkipReasons.noEnergy]: { count: 1, examples: [9000005] },
      [usdaSkipReasons.macrosOver100]: { count: 1, examples: [9000008] },
      [usdaSkipReasons.emptyDescription]: { count: 1, examples: [9000009] },
    });
    expect(report.notes).toEqual({
      [usdaNotes.energyAtwaterGeneral]: { count: 1, examples: [9000002] },
      [usdaNotes.gtinCheckDigit]: { count: 1, examples: [9000007] },
    });
    expect([...phases]).toEqual(["reading foods", "reading nutrients", "reading portions", "reading brands", "writing foods"]);

    const berries = await FoodModel.findOne({ sourceKey: "usda:9000001" }).lean();
    expect(berries).toMatchObject({
      source: "usda",
      kind: "food",
      name: "Quokka berries, raw",
      brand: "",
      category: "Fruits and Fruit Juices",
      searchText: foodSearchText({ name: "Quokka berries, raw", brand: "" }),
      // kcal (1008) wins over kJ; 0.74 g protein rounds to 0.7.
      per100g: { energyKcal: 57, proteinG: 0.7, fatG: 0.3, carbsG: 14.5, fiberG: 2.4 },
      // seq_num order; the "undetermined" portion without text and the cooking-yield weight are dropped.
      servings: [
        { label: "1 cup, whole", grams: 148 },
        { label: "2 tablespoon", grams: 18.5 },
      ],
      barcodes: [],
      ownerId: null,
      visibility: "global",
      archivedAt: null,
      origin: { fdcId: 9000001, dataType: "foundation_food", publicationDate: "2024-10-31", release: "FoodData_Central_quokka_csv_2024-10-31" },
    });
    // Atwater general (346) over specific (332); NLEA fat 2.5; carbohydrate by summation 68.26 → 68.3.
    expect((await FoodModel.findOne({ sourceKey: "usda:9000002" }).lean())?.per100g).toMatchObject({ energyKcal: 346, proteinG: 13.2, fatG: 2.5, carbsG: 68.3, fiberG: 10.7 });
    expect(await FoodModel.findOne({ sourceKey: "usda:9000006" }).lean()).toMatchObject({
      name: "QUOKKA BAR, PEANUT",
      brand: "QUOKKA",
      searchText: foodSearchText({ name: "QUOKKA BAR, PEANUT", brand: "QUOKKA" }),
      per100g: { energyKcal: 450, proteinG: 20, fatG: 25, carbsG: 40, fiberG: 5 },
      servings: [{ label: "1 BAR", grams: 40 }],
      barcodes: ["0036000291452"],
    });
    // Brand from the owner when there is no brand name; no barcode (bad check digit), no serving (ml).
    expect(await FoodModel.findOne({ sourceKey: "usda:9000007" }).lean()).toMatchObject({ brand: "Quokka Snacks LLC", barcodes: [], servings: [] });
    expect(await FoodModel.countDocuments({ sourceKey: { $in: ["usda:9000003", "usda:9000004", "usda:9000005", "usda:9000008", "usda:9000009"] } })).toBe(0);

    const writtenAt = new Map((await FoodModel.find({ source: "usda" }).lean()).map((doc) => [doc.sourceKey, doc.updatedAt.getTime()]));
    const again = await importUsdaFoods(csvFolder);
    expect(again).toMatchObject({ read: 9, created: 0, updated: 0, unchanged: 4 });
    expect(again.skipped).toEqual(report.skipped);
    for (const doc of await FoodModel.find({ source: "usda" }).lean()) expect(doc.updatedAt.getTime()).toBe(writtenAt.get(doc.sourceKey));

    // A stored food that drifted is put back, and only that one is written.
    await FoodModel.updateOne({ sourceKey: "usda:9000002" }, { $set: { name: "Edited by hand", "per100g.energyKcal": 1 } });
    expect(await importUsdaFoods(csvFolder)).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(await FoodModel.findOne({ sourceKey: "usda:9000002" }).lean()).toMatchObject({ name: "Quokka flour, whole grain", per100g: { energyKcal: 346 } });
  });

  it("imports a Foundation JSON download, and a re-run writes nothing", async () => {
    writeJsonFixture(jsonFile);
    const report = await importUsdaFoods(jsonFile);
    expect(report).toMatchObject({ format: "json", release: "FoodData_Central_quokka_json_2024-10-31.json", read: 2, created: 1, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual({ [usdaSkipReasons.missingMacros]: { count: 1, examples: [9100002] } });
    expect(report.notes).toEqual({ [usdaNotes.energyAtwaterGeneral]: { count: 1, examples: [9100001] } });
    expect(await FoodModel.findOne({ sourceKey: "usda:9100001" }).lean()).toMatchObject({
      name: "Quokka greens, raw",
      category: "Vegetables and Vegetable Products",
      per100g: { energyKcal: 31, proteinG: 2.9, fatG: 0.4, carbsG: 5.2, fiberG: 3.6 },
      servings: [{ label: "1 cup, chopped", grams: 21 }],
      origin: { fdcId: 9100001, dataType: "foundation_food", publicationDate: "2024-10-31", release: "FoodData_Central_quokka_json_2024-10-31.json" },
    });
    expect(await importUsdaFoods(jsonFile)).toMatchObject({ read: 2, created: 0, updated: 0, unchanged: 1 });
  });

  it("refuses input that is not an FDC download, with a clear message", async () => {
    await expect(importUsdaFoods(path.join(folder, "no-such-folder"))).rejects.toThrow(/cannot read .*no-such-folder: ENOENT/);
    const empty = path.join(folder, "empty");
    mkdirSync(empty);
    await expect(importUsdaFoods(empty)).rejects.toThrow("is not an FDC CSV download: food.csv is missing");
    const notFdc = path.join(folder, "other.json");
    writeFileSync(notFdc, JSON.stringify({ Foods: [] }));
    await expect(importUsdaFoods(notFdc)).rejects.toThrow(/holds none of FoundationFoods, SRLegacyFoods, SurveyFoods or BrandedFoods/);
    const broken = path.join(folder, "broken.json");
    writeFileSync(broken, "{ not json");
    await expect(importUsdaFoods(broken)).rejects.toBeInstanceOf(UsdaImportInputError);
  });
});

// The official Foundation Foods download, when the shared sample data is on this machine (not in CI).
const sampleFolder = path.resolve(process.cwd(), "../shared/data/foods/FoodData_Central_foundation_food_csv_2024-10-31");

describe("importing the FDC Foundation Foods release 2024-10-31", () => {
  afterAll(removeUsdaFoods);

  it.skipIf(!existsSync(sampleFolder))(
    "imports the foundation foods with energy, with the CSV's numbers, and reports the sample and acquisition rows",
    async () => {
      await removeUsdaFoods();
      const report = await importUsdaFoods(sampleFolder);
      // food.csv: 68,875 records; 387 foundation_food, the rest sample_food 3,534, sub_sample_food 57,112,
      // market_acquisition 7,032, agricultural_acquisition 810 (SOURCES.md).
      expect(report.read).toBe(68_875);
      expect(report.skipped[usdaSkipReasons.notAFood].count).toBe(3_534 + 57_112 + 7_032 + 810);
      expect(report.created).toBeGreaterThanOrEqual(250);
      expect(report.created + report.updated + report.unchanged).toBe(report.created);
      const imported = await FoodModel.countDocuments({ source: "usda", "per100g.energyKcal": { $gt: 0 } });
      expect(imported).toBeGreaterThanOrEqual(250);

      // fdc_id 321358 in food.csv; food_nutrient.csv: 1008 = 229 kcal (2047 = 243 is not used), protein
      // 1003 = 7.35, fat 1004 = 17.1, carbohydrate 1005 = 14.9, fibre 1079 = 5.4; food_portion.csv: 2.0
      // tablespoon (1001) = 33.9 g; food_category 16.
      expect(await FoodModel.findOne({ sourceKey: "usda:321358" }).lean()).toMatchObject({
        name: "Hummus, commercial",
        category: "Legumes and Legume Products",
        per100g: { energyKcal: 229, proteinG: 7.4, fatG: 17.1, carbsG: 14.9, fiberG: 5.4 },
        servings: [{ label: "2 tablespoon", grams: 33.9 }],
        origin: { fdcId: 321358, dataType: "foundation_food", publicationDate: "2019-04-01", release: "FoodData_Central_foundation_food_csv_2024-10-31" },
      });
      // Its sample and market-acquisition records ("HUMMUS, SABRA CLASSIC") are not foods of their own.
      expect(await FoodModel.countDocuments({ sourceKey: { $in: ["usda:319874", "usda:319875"] } })).toBe(0);
    },
    180_000,
  );
});
