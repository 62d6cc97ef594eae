// Imports a USDA FoodData Central download (https://fdc.nal.usda.gov/download-datasets) into the global
// foods, as `usda:<fdcId>`:
//   npm run import:foods -- <path/to/FoodData_Central_..._csv_YYYY-MM-DD>   (the unzipped CSV folder)
//   npm run import:foods -- <path/to/FoodData_Central_..._json_YYYY-MM-DD.json>
// CSV folders are streamed; what is kept per selected food is small, but the Branded CSV (~2 million foods)
// may need a larger heap (NODE_OPTIONS=--max-old-space-size=4096; not measured here).
// JSON files are read whole and must be under 500 MB: use the CSV download for Branded.
// Idempotent: running it again changes nothing. Progress goes to stderr, the report to stdout; unreadable
// or unknown input exits with status 1.
import { stat } from "node:fs/promises";
import { Presets, SingleBar } from "cli-progress";
import { recordAudit } from "@/server/audit/audit-service";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { importUsdaFoods, MAX_JSON_BYTES, skippedCount, UsdaImportInputError, type UsdaImportPhase, type UsdaImportReport, type UsdaTally } from "@/server/nutrition/usda-import";

const USAGE = "usage: npm run import:foods -- <FDC CSV download folder | FDC JSON download file (under 500 MB)>   (--help for more)";
const HELP = `Imports a USDA FoodData Central download (https://fdc.nal.usda.gov/download-datasets) into the global foods.

  npm run import:foods -- <folder>      an unzipped CSV download (food.csv, food_nutrient.csv, food_portion.csv,
                                        measure_unit.csv, food_category.csv, branded_food.csv for Branded).
                                        Streamed. The Branded CSV (~2 million foods) may need a larger heap:
                                        NODE_OPTIONS=--max-old-space-size=4096
  npm run import:foods -- <file.json>   a JSON download (FoundationFoods, SRLegacyFoods, SurveyFoods or BrandedFoods).
                                        Read whole: at most ${MAX_JSON_BYTES / 1024 / 1024} MB (Foundation, SR Legacy and Survey fit;
                                        for Branded use the CSV download).

Imports Foundation, SR Legacy, Survey (FNDDS) and Branded foods as usda:<fdcId>; sample and acquisition records,
foods without energy or macronutrients and implausible values are skipped and counted by reason. Running it
again writes only what changed. Progress goes to stderr, the report to stdout; bad input exits with status 1.`;
const cliActor = { userId: null, role: "cli", requestId: `cli-${process.pid}`, ip: null };

function die(message: string): never {
  console.error(`import:foods: ${message}`);
  process.exit(1);
}

function tallyLines(tally: UsdaTally): string[] {
  const entries = Object.entries(tally).sort((a, b) => b[1].count - a[1].count);
  if (entries.length === 0) return [];
  const width = Math.max(...entries.map(([reason]) => reason.length));
  return entries.map(([reason, { count, examples }]) => `  ${reason.padEnd(width)}  ${String(count).padStart(7)}${examples.length > 0 ? `  e.g. fdcId ${examples.join(", ")}` : ""}`);
}

function formatReport(report: UsdaImportReport): string {
  const lines = [
    `Release:   ${report.release} (${report.format.toUpperCase()})`,
    `Read:      ${report.read}`,
    `Created:   ${report.created}`,
    `Updated:   ${report.updated}`,
    `Unchanged: ${report.unchanged}`,
    `Skipped:   ${skippedCount(report)}`,
    ...tallyLines(report.skipped),
  ];
  if (Object.keys(report.notes).length > 0) lines.push("Notes (imported):", ...tallyLines(report.notes));
  return lines.join("\n");
}

async function main() {
  const inputPath = process.argv.slice(2).find((arg) => arg !== "--");
  if (!inputPath) die(USAGE);
  if (inputPath === "--help" || inputPath === "-h") {
    console.log(HELP);
    return;
  }
  // Checked before connecting, so a mistyped path is reported as such even when the database is down.
  await stat(inputPath).catch((error: NodeJS.ErrnoException) => die(`cannot read ${inputPath}: ${error.code ?? error.message}\n${USAGE}`));

  await connectDb();
  const bar = new SingleBar({ stream: process.stderr, format: "{phase} [{bar}] {percentage}%", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let phase: UsdaImportPhase | null = null;
  let report: UsdaImportReport;
  try {
    report = await importUsdaFoods(inputPath, {
      onProgress(done, total, nextPhase) {
        if (phase === null) bar.start(total, done, { phase: nextPhase.padEnd(17) });
        else if (nextPhase !== phase) bar.setTotal(total);
        phase = nextPhase;
        bar.update(done, { phase: nextPhase.padEnd(17) });
      },
    });
  } catch (error) {
    bar.stop();
    await disconnectDb().catch(() => {});
    if (error instanceof UsdaImportInputError) die(`${error.message}\n${USAGE}`);
    throw error;
  }
  bar.stop();
  await recordAudit(cliActor, {
    action: "food.import_usda",
    subjectType: "food",
    subjectId: null,
    meta: { release: report.release, read: report.read, created: report.created, updated: report.updated, unchanged: report.unchanged, skipped: skippedCount(report) },
  });
  await disconnectDb();
  console.log(formatReport(report));
}

main().catch(async (error: unknown) => {
  console.error(`import:foods: ${(error as Error).message}`);
  await disconnectDb().catch(() => {});
  process.exit(1);
});
