import "server-only";
import { createReadStream, type Stats } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { foodSearchText } from "@/lib/nutrition/food-search";
import { loggableDataType } from "@/lib/nutrition/usda/data-types";
import { csvNumber, csvText, fdcCsvBranded, fdcCsvFiles, fdcCsvPortion, requiredFdcCsvFiles, type CsvRow } from "@/lib/nutrition/usda/fdc-csv";
import { fdcJsonFoodInput, findFdcJsonArray, ZFdcJsonFood } from "@/lib/nutrition/usda/fdc-json";
import { usedFdcNutrientIds } from "@/lib/nutrition/usda/fdc-nutrients";
import { mapUsdaFood, usdaSkipReasons, type FdcBrandedInfo, type FdcFoodInput, type MappedUsdaFood } from "@/lib/nutrition/usda/map-food";
import type { FdcPortion } from "@/lib/nutrition/usda/servings";
import { FoodModel } from "./food-model";

/**
 * JSON downloads are parsed whole, and V8 cannot hold a string over ~512 MB (0x1fffffe8 characters):
 * the Foundation, SR Legacy and Survey files (tens to a few hundred MB) fit, the Branded JSON (several
 * GB) does not; its CSV download is streamed instead.
 */
export const MAX_JSON_BYTES = 500 * 1024 * 1024;
/** Foods per batch: one read of what is stored and one insert of the new ones, per batch. */
export const WRITE_BATCH_SIZE = 500;
const EXAMPLES_PER_REASON = 5;

/** The input cannot be imported at all (missing, unreadable, not an FDC download): the command exits 1. */
export class UsdaImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsdaImportInputError";
  }
}

export type UsdaImportPhase = "reading foods" | "reading nutrients" | "reading portions" | "reading brands" | "writing foods";

export type UsdaImportOptions = {
  /** For CSV reading phases `done`/`total` are bytes of the file being read; for writing, foods. */
  onProgress?(done: number, total: number, phase: UsdaImportPhase): void;
};

/** How many records had a reason, with the first few fdcIds as examples for a human to look up. */
export type UsdaTally = Record<string, { count: number; examples: number[] }>;

export type UsdaImportReport = {
  format: "csv" | "json";
  /** The folder or file name, e.g. "FoodData_Central_foundation_food_csv_2024-10-31". */
  release: string;
  /** Records in the download: every food.csv row, or every food of the JSON array. */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: UsdaTally;
  /** Imported, but worth knowing: energy fallbacks taken, barcodes dropped. */
  notes: UsdaTally;
};

const countOf = (tally: UsdaTally) => Object.values(tally).reduce((sum, entry) => sum + entry.count, 0);
export const skippedCount = (report: UsdaImportReport) => countOf(report.skipped);

function tally(into: UsdaTally, reason: string, fdcId: number | null): void {
  const entry = (into[reason] ??= { count: 0, examples: [] });
  entry.count += 1;
  if (fdcId !== null && entry.examples.length < EXAMPLES_PER_REASON) entry.examples.push(fdcId);
}

// ---------------------------------------------------------------------------------------------------
// Writing: compare with what is stored, write only what changed.

function storedFields(food: MappedUsdaFood, release: string) {
  return {
    sourceKey: `usda:${food.fdcId}`,
    source: "usda" as const,
    kind: "food" as const,
    name: food.name,
    brand: food.brand,
    category: food.category,
    searchText: foodSearchText({ name: food.name, brand: food.brand }),
    per100g: food.per100g,
    servings: food.servings,
    barcodes: food.barcodes,
    ownerId: null,
    visibility: "global" as const,
    origin: { fdcId: food.fdcId, dataType: food.dataType, publicationDate: food.publicationDate, release },
  };
}
type StoredFields = ReturnType<typeof storedFields>;
const comparedKeys = ["sourceKey", "source", "kind", "name", "brand", "category", "searchText", "per100g", "servings", "barcodes", "ownerId", "visibility", "origin"] as const satisfies readonly (keyof StoredFields)[];
// Every written field is compared, or a change to it would never be written: fails to compile otherwise.
const everyFieldCompared: Exclude<keyof StoredFields, (typeof comparedKeys)[number]> extends never ? true : never = true;
void everyFieldCompared;

/** Deep equality for plain data as it comes back from the database: key order and undefined/null aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return a === b;
}

/** Collects mapped foods and writes them in batches; a food's archivedAt (set by an admin) is left alone. */
class FoodWriter {
  private batch: StoredFields[] = [];
  constructor(private readonly report: UsdaImportReport) {}

  async add(fields: StoredFields): Promise<void> {
    this.batch.push(fields);
    if (this.batch.length >= WRITE_BATCH_SIZE) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    const existing = await FoodModel.find({ sourceKey: { $in: batch.map((fields) => fields.sourceKey) } })
      .select(Object.fromEntries(comparedKeys.map((key) => [key, 1])))
      .lean();
    const stored = new Map(existing.map((doc) => [doc.sourceKey, doc as unknown as Record<string, unknown>]));
    const creates: StoredFields[] = [];
    for (const fields of batch) {
      const before = stored.get(fields.sourceKey);
      if (!before) {
        creates.push(fields);
      } else if (comparedKeys.every((key) => sameValue(before[key], fields[key]))) {
        this.report.unchanged += 1;
      } else {
        // One update at a time, by _id: measured on the embedded FerretDB, ~25 ms each, where a
        // bulkWrite of updates costs ~40 ms per food (and ~100 ms filtered by sourceKey).
        await FoodModel.updateOne({ _id: before._id }, { $set: fields });
        this.report.updated += 1;
      }
    }
    // New foods go in with one insert: far faster than upserts, and it fills the schema's defaults
    // (archivedAt, ingredients…) that an upsert would leave out.
    if (creates.length > 0) await FoodModel.insertMany(creates, { ordered: false });
    this.report.created += creates.length;
  }
}

async function writeFoods(inputs: Iterable<FdcFoodInput>, total: number, report: UsdaImportReport, options: UsdaImportOptions): Promise<void> {
  const writer = new FoodWriter(report);
  let done = 0;
  options.onProgress?.(0, total, "writing foods");
  for (const input of inputs) {
    const result = mapUsdaFood(input);
    if (result.ok) {
      for (const note of result.notes) tally(report.notes, note, input.fdcId);
      await writer.add(storedFields(result.food, report.release));
    } else {
      tally(report.skipped, result.reason, input.fdcId);
    }
    done += 1;
    if (done % WRITE_BATCH_SIZE === 0 || done === total) options.onProgress?.(done, total, "writing foods");
  }
  await writer.flush();
  options.onProgress?.(total, total, "writing foods");
}

// ---------------------------------------------------------------------------------------------------
// CSV download: stream every file, keep only the rows of foods worth importing.

/** Streams a CSV file row by row (papaparse), reporting bytes read. */
function streamCsv(file: string, onRow: (row: CsvRow) => void, onBytes?: (bytesRead: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(file);
    let bytesRead = 0;
    input.on("data", (chunk) => {
      bytesRead += chunk.length;
      onBytes?.(bytesRead);
    });
    input.on("error", reject);
    Papa.parse<CsvRow>(input, {
      header: true,
      skipEmptyLines: true,
      transformHeader: (header) => header.trim(),
      step: (results) => onRow(results.data),
      complete: () => resolve(),
      error: (error) => reject(new UsdaImportInputError(`${path.basename(file)} could not be read as CSV (${error.message})`)),
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Nutrient amounts in a fixed slot per used nutrient id (NaN = absent): a Branded download selects
 * ~2 million foods, and a Float64Array each is far smaller than a Map each.
 */
const nutrientSlots = new Map([...usedFdcNutrientIds].map((id, slot) => [id, slot]));

type CsvFood = {
  fdcId: number;
  dataType: string;
  description: string;
  publicationDate: string | null;
  categoryId: string | null;
  nutrients: Float64Array;
  portions: FdcPortion[] | null;
  branded: FdcBrandedInfo | null;
};

function* csvFoodInputs(foods: Map<number, CsvFood>, categories: ReadonlyMap<string, string>): Generator<FdcFoodInput> {
  for (const food of foods.values()) {
    const nutrients = new Map<number, number>();
    for (const [id, slot] of nutrientSlots) if (!Number.isNaN(food.nutrients[slot])) nutrients.set(id, food.nutrients[slot]);
    yield {
      fdcId: food.fdcId,
      dataType: food.dataType,
      description: food.description,
      publicationDate: food.publicationDate,
      // Branded foods carry their own category text; the others point into food_category.csv.
      category: food.branded ? null : (categories.get(food.categoryId ?? "") ?? null),
      nutrients,
      portions: food.portions ?? [],
      branded: food.branded,
    };
  }
}

async function importCsvFolder(folder: string, report: UsdaImportReport, options: UsdaImportOptions): Promise<void> {
  const fileOf = (name: string) => path.join(folder, name);
  for (const name of requiredFdcCsvFiles) {
    if (!(await exists(fileOf(name)))) throw new UsdaImportInputError(`${folder} is not an FDC CSV download: ${name} is missing`);
  }
  const sizeOf = async (name: string) => (await stat(fileOf(name))).size;
  const progress = (phase: UsdaImportPhase, total: number) => (bytes: number) => options.onProgress?.(bytes, total, phase);

  const unitNames = new Map<string, string>();
  if (await exists(fileOf(fdcCsvFiles.measureUnit))) {
    await streamCsv(fileOf(fdcCsvFiles.measureUnit), (row) => {
      if (row.id && row.name) unitNames.set(row.id.trim(), row.name.trim());
    });
  }
  const categories = new Map<string, string>();
  if (await exists(fileOf(fdcCsvFiles.foodCategory))) {
    await streamCsv(fileOf(fdcCsvFiles.foodCategory), (row) => {
      if (row.id && row.description) categories.set(row.id.trim(), row.description.trim());
    });
  }

  const foods = new Map<number, CsvFood>();
  let sawFoodColumns = false;
  await streamCsv(
    fileOf(fdcCsvFiles.food),
    (row) => {
      report.read += 1;
      sawFoodColumns ||= "fdc_id" in row && "data_type" in row && "description" in row;
      const fdcId = csvNumber(row.fdc_id);
      if (fdcId === null || !Number.isInteger(fdcId) || fdcId <= 0) return tally(report.skipped, usdaSkipReasons.badRecord, null);
      const dataType = row.data_type ?? "";
      if (loggableDataType(dataType) === null) return tally(report.skipped, usdaSkipReasons.notAFood, fdcId);
      if (foods.has(fdcId)) return tally(report.skipped, usdaSkipReasons.duplicate, fdcId);
      foods.set(fdcId, {
        fdcId,
        dataType,
        description: row.description ?? "",
        publicationDate: csvText(row.publication_date),
        categoryId: csvText(row.food_category_id),
        nutrients: new Float64Array(nutrientSlots.size).fill(Number.NaN),
        portions: null,
        branded: null,
      });
    },
    progress("reading foods", await sizeOf(fdcCsvFiles.food)),
  );
  if (!sawFoodColumns) throw new UsdaImportInputError(`${fileOf(fdcCsvFiles.food)} does not have FDC's columns (fdc_id, data_type, description)`);

  await streamCsv(
    fileOf(fdcCsvFiles.foodNutrient),
    (row) => {
      const food = foods.get(Number(row.fdc_id));
      if (!food) return;
      const slot = nutrientSlots.get(Number(row.nutrient_id));
      const amount = csvNumber(row.amount);
      if (slot === undefined || amount === null || !Number.isNaN(food.nutrients[slot])) return;
      food.nutrients[slot] = amount;
    },
    progress("reading nutrients", await sizeOf(fdcCsvFiles.foodNutrient)),
  );

  if (await exists(fileOf(fdcCsvFiles.foodPortion))) {
    await streamCsv(
      fileOf(fdcCsvFiles.foodPortion),
      (row) => {
        const food = foods.get(Number(row.fdc_id));
        if (food) (food.portions ??= []).push(fdcCsvPortion(row, unitNames));
      },
      progress("reading portions", await sizeOf(fdcCsvFiles.foodPortion)),
    );
  }

  if (await exists(fileOf(fdcCsvFiles.brandedFood))) {
    await streamCsv(
      fileOf(fdcCsvFiles.brandedFood),
      (row) => {
        const food = foods.get(Number(row.fdc_id));
        if (food) food.branded = fdcCsvBranded(row);
      },
      progress("reading brands", await sizeOf(fdcCsvFiles.brandedFood)),
    );
  }

  await writeFoods(csvFoodInputs(foods, categories), foods.size, report, options);
}

// ---------------------------------------------------------------------------------------------------
// JSON download: one object holding one array of foods, read whole.

async function importJsonFile(file: string, info: Stats, report: UsdaImportReport, options: UsdaImportOptions): Promise<void> {
  if (info.size > MAX_JSON_BYTES) {
    const megabytes = Math.round(info.size / 1024 / 1024);
    throw new UsdaImportInputError(
      `${file} is ${megabytes} MB; JSON downloads are read whole and must be under ${MAX_JSON_BYTES / 1024 / 1024} MB. Import the CSV download of this data set instead (it is streamed).`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsdaImportInputError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  const found = findFdcJsonArray(document);
  if (!found) throw new UsdaImportInputError(`${file} is not an FDC JSON download: it holds none of FoundationFoods, SRLegacyFoods, SurveyFoods or BrandedFoods`);

  const seen = new Set<number>();
  const inputs: FdcFoodInput[] = [];
  for (const raw of found.foods) {
    report.read += 1;
    const parsed = ZFdcJsonFood.safeParse(raw);
    if (!parsed.success) {
      const fdcId = (raw as { fdcId?: unknown } | null)?.fdcId;
      tally(report.skipped, usdaSkipReasons.badRecord, typeof fdcId === "number" ? fdcId : null);
      continue;
    }
    if (seen.has(parsed.data.fdcId)) {
      tally(report.skipped, usdaSkipReasons.duplicate, parsed.data.fdcId);
      continue;
    }
    seen.add(parsed.data.fdcId);
    inputs.push(fdcJsonFoodInput(parsed.data, found.dataType));
  }
  await writeFoods(inputs, inputs.length, report, options);
}

/**
 * Imports a USDA FoodData Central download into the global foods as `usda:<fdcId>`: a CSV download
 * folder (food.csv, food_nutrient.csv… streamed, so SR Legacy and Branded fit) or a JSON download file
 * (FoundationFoods, SRLegacyFoods, SurveyFoods or BrandedFoods). Only foods are imported (Foundation,
 * SR Legacy, Survey, Branded), not FDC's sample and acquisition records. Idempotent: a food stored as it
 * would be written is counted unchanged and not written.
 */
export async function importUsdaFoods(inputPath: string, options: UsdaImportOptions = {}): Promise<UsdaImportReport> {
  let info: Stats;
  try {
    info = await stat(inputPath);
  } catch (error) {
    throw new UsdaImportInputError(`cannot read ${inputPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const release = path.basename(path.resolve(inputPath));
  const report: UsdaImportReport = { format: info.isDirectory() ? "csv" : "json", release, read: 0, created: 0, updated: 0, unchanged: 0, skipped: {}, notes: {} };
  if (info.isDirectory()) {
    await importCsvFolder(inputPath, report, options);
  } else if (/\.zip$/i.test(inputPath)) {
    throw new UsdaImportInputError(`${inputPath} is a zip: unzip it and pass the folder (CSV) or the .json file inside`);
  } else if (/\.csv$/i.test(inputPath)) {
    throw new UsdaImportInputError(`${inputPath} is one CSV file: pass the folder that holds food.csv, food_nutrient.csv and the others`);
  } else {
    await importJsonFile(inputPath, info, report, options);
  }
  return report;
}
