import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ExerciseModel } from "@/server/train/exercise-model";
import { importFreeExerciseDb } from "@/server/train/exercise-dataset-import";
import { callerFor, makeUser, useDatabase } from "./support/harness";

useDatabase();

/** free-exercise-db records as the dataset writes them; names made up so they cannot clash with the catalog. */
function record(overrides: Record<string, unknown> = {}) {
  return {
    name: "Quokka Cable Pullover",
    force: "pull",
    level: "intermediate",
    mechanic: "isolation",
    equipment: "cable",
    primaryMuscles: ["lats"],
    secondaryMuscles: ["chest", "triceps"],
    instructions: ["Stand facing the cable.", "Pull the bar down to your thighs."],
    category: "strength",
    images: ["Quokka_Cable_Pullover/0.jpg"],
    id: "Quokka_Cable_Pullover",
    ...overrides,
  };
}

const fixture = [
  record(),
  // No equipment in the dataset: imported as "other", and reported as unmapped.
  record({ id: "Quokka_Wall_Hold", name: "Quokka Wall Hold", force: "static", mechanic: null, equipment: null, primaryMuscles: ["quadriceps"], secondaryMuscles: [], category: "stretching", images: [] }),
  // Our catalog already has a Barbell Curl: skipped, "already in the library".
  record({ id: "Barbell_Curl", name: "Barbell Curl", equipment: "barbell", primaryMuscles: ["biceps"], secondaryMuscles: ["forearms"] }),
  // Not a valid record: an equipment the dataset does not have.
  record({ id: "Quokka_Hoverboard_Squat", name: "Quokka Hoverboard Squat", equipment: "hoverboard" }),
];

/** The imported exercises are global; remove them so other test files see the usual library. */
const removeImported = () => ExerciseModel.deleteMany({ source: "import", _id: { $regex: "^fedb-" } });

describe("importing free-exercise-db records", () => {
  beforeEach(removeImported);
  afterAll(removeImported);

  it("creates, skips catalog twins, reports invalid and unmapped records, and a re-run changes nothing", async () => {
    const progress: [number, number][] = [];
    const report = await importFreeExerciseDb(fixture, { onProgress: (done, total) => progress.push([done, total]) });
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0, skippedDuplicates: 1, unmapped: { "equipment: null": 1 } });
    expect(report.duplicates).toEqual([{ id: "Barbell_Curl", name: "Barbell Curl", existingId: expect.any(String) }]);
    expect(report.invalid).toEqual([{ id: "Quokka_Hoverboard_Squat", reason: expect.stringContaining("equipment") }]);
    expect(progress.at(-1)).toEqual([4, 4]);
    expect(progress.every(([done, total], index) => total === 4 && done <= total && (index === 0 || done >= progress[index - 1][0]))).toBe(true);

    const stored = await ExerciseModel.findById("fedb-quokka-cable-pullover").lean();
    expect(stored).toMatchObject({
      name: "Quokka Cable Pullover",
      nameKey: "quokka cable pullover",
      searchText: "quokka cable pullover",
      source: "import",
      sourceId: "Quokka_Cable_Pullover",
      visibility: "global",
      ownerId: null,
      equipment: "cable",
      primaryMuscles: ["lats"],
      instructions: ["Stand facing the cable.", "Pull the bar down to your thighs."],
    });
    expect(await ExerciseModel.findById("fedb-quokka-wall-hold").lean()).toMatchObject({ equipment: "other", measurement: "time" });
    expect(await ExerciseModel.countDocuments({ nameKey: "barbell curl", ownerId: null })).toBe(1);
    const updatedAt = stored!.updatedAt;

    const again = await importFreeExerciseDb(fixture);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, skippedDuplicates: 1 });
    expect(again.invalid).toHaveLength(1);
    expect((await ExerciseModel.findById("fedb-quokka-cable-pullover").lean())!.updatedAt).toEqual(updatedAt);

    // A changed record is updated in place.
    const changed = await importFreeExerciseDb([record({ instructions: ["Only one step now."] })]);
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await ExerciseModel.findById("fedb-quokka-cable-pullover").lean())!.instructions).toEqual(["Only one step now."]);
  });

  it("makes the imported exercises searchable by every member, after the catalog's", async () => {
    await importFreeExerciseDb(fixture);
    const caller = await callerFor(await makeUser());
    const found = await caller.exercises.search({ query: "quokka pullover" });
    expect(found.map((exercise) => [exercise.id, exercise.source, exercise.visibility])).toEqual([["fedb-quokka-cable-pullover", "import", "global"]]);
    const matched = await caller.imports.matchExercises({ names: ["Quokka Cable Pullover"] });
    expect(matched[0].match).toMatchObject({ id: "fedb-quokka-cable-pullover", confidence: "exact" });
    // The catalog's own Barbell Curl is still the only one.
    expect((await caller.exercises.search({ query: "barbell curl" })).filter((exercise) => exercise.name === "Barbell Curl")).toHaveLength(1);
  });

  it("reports records that are not objects at all as invalid", async () => {
    const report = await importFreeExerciseDb(["Bench Press", null, { id: "No_Fields" }]);
    expect(report.invalid.map((problem) => problem.id)).toEqual(["#1", "#2", "No_Fields"]);
    expect(report.created).toBe(0);
  });
});

const DATASET = "/work/shared/data/exercises/free-exercise-db_exercises.json";

describe.skipIf(!existsSync(DATASET))("the real free-exercise-db dataset", () => {
  beforeEach(removeImported);
  afterAll(removeImported);

  it("imports all 873 records (created or skipped), and a second run creates nothing", { timeout: 300_000 }, async () => {
    const records: unknown[] = JSON.parse(readFileSync(DATASET, "utf8"));
    let last = 0;
    const first = await importFreeExerciseDb(records, { onProgress: (done) => (last = done) });
    expect(last).toBe(873);
    expect(first.created + first.skippedDuplicates + first.invalid.length).toBe(873);
    expect(first.created).toBeGreaterThan(700);
    expect(first.unmapped["equipment: null"]).toBe(77);
    expect(await ExerciseModel.countDocuments({ source: "import" })).toBe(first.created);

    const second = await importFreeExerciseDb(records);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created, skippedDuplicates: first.skippedDuplicates });
  });
});

type Run = { code: number; stdout: string; stderr: string };

/** Runs the command the way `npm run import:exercises` does, against this test run's database. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/import-exercises.ts", ...args],
      { encoding: "utf8", env: { ...process.env, NODE_ENV: "development" }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run import:exercises", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "import-exercises-"));
  beforeEach(removeImported);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await removeImported();
  });

  it("imports a file, prints the report, and fails clearly on unreadable input", { timeout: 180_000 }, async () => {
    const file = path.join(dir, "exercises.json");
    writeFileSync(file, JSON.stringify(fixture));
    const run = await runCli([file]);
    expect(run.stderr).not.toMatch(/import:exercises: /);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Created:\s+2/);
    expect(run.stdout).toMatch(/Skipped \(already in the library\): 1/);
    expect(run.stdout).toContain("Quokka_Hoverboard_Squat");
    expect(run.stdout).toMatch(/equipment: null\s+1/);
    expect(await ExerciseModel.exists({ _id: "fedb-quokka-cable-pullover" })).toBeTruthy();

    const rerun = await runCli([file]);
    expect(rerun.stdout).toMatch(/Created:\s+0/);
    expect(rerun.stdout).toMatch(/Unchanged:\s+2/);

    const missing = await runCli([path.join(dir, "nope.json")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("import:exercises: cannot read");
    const garbled = path.join(dir, "garbled.json");
    writeFileSync(garbled, "{ not json");
    const notJson = await runCli([garbled]);
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain("is not valid JSON");
    const noArgs = await runCli([]);
    expect(noArgs.code).not.toBe(0);
    expect(noArgs.stderr).toContain("usage: npm run import:exercises");
  });
});
