// Imports the free-exercise-db dataset (github.com/yuhonas/free-exercise-db, dist/exercises.json) into the
// global exercise library:
//   npm run import:exercises -- <path/to/exercises.json>
// Idempotent: running it again changes nothing. Records whose name is already in the library (our catalog)
// are skipped. Progress goes to stderr, the report to stdout; unreadable input exits with status 1.
import { readFile } from "node:fs/promises";
import { SingleBar, Presets } from "cli-progress";
import { recordAudit } from "@/server/audit/audit-service";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { importFreeExerciseDb, type ExerciseDatasetReport } from "@/server/train/exercise-dataset-import";

const USAGE = "usage: npm run import:exercises -- <path/to/exercises.json>";
const cliActor = { userId: null, role: "cli", requestId: `cli-${process.pid}`, ip: null };

function die(message: string): never {
  console.error(`import:exercises: ${message}`);
  process.exit(1);
}

async function readRecords(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    die(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    die(`${path} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) die(`${path} must hold a JSON array of exercises, as free-exercise-db's exercises.json does`);
  return data;
}

function printReport(report: ExerciseDatasetReport, total: number): void {
  const lines = [
    `Records read:           ${total}`,
    `Created:                ${report.created}`,
    `Updated:                ${report.updated}`,
    `Unchanged:              ${report.unchanged}`,
    `Skipped (already in the library): ${report.skippedDuplicates}`,
    `Invalid:                ${report.invalid.length}`,
  ];
  console.log(lines.join("\n"));
  if (report.invalid.length > 0) {
    console.log("\nInvalid records:");
    for (const problem of report.invalid.slice(0, 50)) console.log(`  ${problem.id}: ${problem.reason}`);
    if (report.invalid.length > 50) console.log(`  … and ${report.invalid.length - 50} more`);
  }
  const unmapped = Object.entries(report.unmapped).sort((a, b) => b[1] - a[1]);
  if (unmapped.length > 0) {
    console.log("\nCould not be mapped (defaults used):");
    const width = Math.max(...unmapped.map(([what]) => what.length));
    for (const [what, count] of unmapped) console.log(`  ${what.padEnd(width)}  ${String(count).padStart(5)}`);
  }
}

async function main() {
  const path = process.argv.slice(2).find((arg) => arg !== "--");
  if (!path) die(USAGE);
  const records = await readRecords(path);

  await connectDb();
  const bar = new SingleBar({ stream: process.stderr, format: "Importing exercises [{bar}] {value}/{total}", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(records.length, 0);
  let report: ExerciseDatasetReport;
  try {
    report = await importFreeExerciseDb(records, { onProgress: (done) => bar.update(done) });
  } finally {
    bar.stop();
  }
  await recordAudit(cliActor, {
    action: "exercise.import_dataset",
    subjectType: "exercise",
    subjectId: null,
    meta: { created: report.created, updated: report.updated, unchanged: report.unchanged, skipped: report.skippedDuplicates, invalid: report.invalid.length },
  });
  await disconnectDb();
  printReport(report, records.length);
}

main().catch(async (error: unknown) => {
  console.error(`import:exercises: ${(error as Error).message}`);
  await disconnectDb().catch(() => {});
  process.exit(1);
});
