import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AuditEventModel } from "@/server/audit/audit-model";
import { FoodModel } from "@/server/nutrition/food-model";
import { useDatabase } from "./support/harness";

useDatabase();

/** Runs the command the way `npm run import:foods` does, against this test run's database. */
function importFoods(args: string[]) {
  return spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/import-foods.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "development" },
    timeout: 60_000,
  });
}

const nutrient = (id: number, amount: number) => ({ nutrient: { id, number: "", name: "", unitName: "" }, amount });

describe("npm run import:foods", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "import-foods-cli-"));
  const jsonFile = path.join(folder, "FoodData_Central_quokka_json_2024-10-31.json");
  afterAll(async () => {
    await FoodModel.deleteMany({ sourceKey: { $in: ["usda:9200001", "usda:9200002"] } });
    rmSync(folder, { recursive: true, force: true });
  });

  it("prints the report on stdout, audits the run, and a second run leaves everything unchanged", async () => {
    writeFileSync(
      jsonFile,
      JSON.stringify({
        FoundationFoods: [
          { fdcId: 9200001, description: "Quokka plums, raw", dataType: "Foundation", foodNutrients: [nutrient(1008, 46), nutrient(1003, 0.7), nutrient(1004, 0.3), nutrient(1005, 11.4)], foodPortions: [] },
          { fdcId: 9200002, description: "Quokka water", dataType: "Foundation", foodNutrients: [nutrient(1003, 0)], foodPortions: [] },
        ],
      }),
    );
    const first = importFoods(["--", jsonFile]);
    expect(first.stderr).not.toMatch(/import:foods: /);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Release:   FoodData_Central_quokka_json_2024-10-31.json (JSON)");
    expect(first.stdout).toMatch(/^Read: +2$/m);
    expect(first.stdout).toMatch(/^Created: +1$/m);
    expect(first.stdout).toMatch(/^Skipped: +1$/m);
    expect(first.stdout).toMatch(/^ {2}no energy value +1 {2}e\.g\. fdcId 9200002$/m);
    expect(await FoodModel.findOne({ sourceKey: "usda:9200001" }).lean()).toMatchObject({ name: "Quokka plums, raw", per100g: { energyKcal: 46 } });
    const audit = await AuditEventModel.findOne({ action: "food.import_usda" }).sort({ _id: -1 }).lean();
    expect(audit).toMatchObject({ actorRole: "cli", meta: { created: 1, skipped: 1, release: "FoodData_Central_quokka_json_2024-10-31.json" } });

    const second = importFoods([jsonFile]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^Created: +0$/m);
    expect(second.stdout).toMatch(/^Unchanged: +1$/m);
  }, 120_000);

  it("exits 1 with a clear message on a missing path or input that is not an FDC download", () => {
    const missing = importFoods([path.join(folder, "nowhere")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("import:foods: cannot read");
    expect(missing.stderr).toContain("ENOENT");
    expect(missing.stdout).toBe("");

    const other = path.join(folder, "other.json");
    writeFileSync(other, JSON.stringify({ products: [] }));
    const unknown = importFoods([other]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("is not an FDC JSON download");

    const none = importFoods([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("usage: npm run import:foods");

    const help = importFoods(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Read whole: at most 500 MB");
  }, 120_000);
});
