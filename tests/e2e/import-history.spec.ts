import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

// A small Strong export in kg (Maya's unit): an exercise the library does not know, and one mistyped weight.
const strongCsv = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2021-05-03 18:00:00,"E2E Push",1h,"Bench Press (Barbell)",1,60,8,0,0,,,',
  '2021-05-03 18:00:00,"E2E Push",1h,"Bench Press (Barbell)",2,62.5,6,0,0,,,',
  '2021-05-03 18:00:00,"E2E Push",1h,"Zorblax Twist",1,20,10,0,0,,,',
  '2021-05-05 07:30:00,"E2E Legs",45m,"Squat (Barbell)",1,100,5,0,0,,,',
  '2021-05-05 07:30:00,"E2E Legs",45m,"Squat (Barbell)",2,1OO,5,0,0,,,',
].join("\n");

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a member previews a Strong export, maps an unknown exercise, imports it, and a second run stores nothing twice", async ({ page }) => {
    await signIn(page, demo.maya);
    await expect(page).toHaveURL(/\/today$/);
    await page.goto("/train/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import workout history" })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByLabel("Export file").setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer: Buffer.from(strongCsv) });
    await expect(page.getByText("a Strong export")).toBeVisible();
    await expect(page.getByLabel("Kilograms (kg)")).toBeChecked();

    // The preview: counts, dates and the row that cannot be read.
    await expect(page.getByText("3 May 2021 – 5 May 2021")).toBeVisible();
    const problems = page.getByRole("table", { name: "Rows that will not be imported" });
    await expect(problems.getByRole("row").filter({ hasText: "1OO" })).toContainText("5");

    // The mapping: known names matched, the unknown one skipped until the member picks an exercise.
    await expect(page.getByLabel("Import Bench Press (Barbell) as")).not.toHaveValue("skip");
    await expect(page.getByLabel("Import Zorblax Twist as")).toHaveValue("skip");
    expect(await violations(page)).toEqual([]);

    await page.getByRole("button", { name: "Search the library for Zorblax Twist" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search exercises").fill("goblet");
    await dialog.getByRole("button", { name: /^Kettlebell Goblet Squat/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel("Import Zorblax Twist as")).not.toHaveValue("skip");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("button", { name: "Import 2 workouts" }).click();
    await expect(page.getByText("Imported 2 workouts with 4 sets.")).toBeVisible();
    await expect(page.getByText("1 of 1 batches sent")).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByRole("button", { name: "Import 2 workouts" }).click();
    await expect(page.getByText("No new workouts to import.")).toBeVisible();
    await expect(page.getByText("2 workouts were already imported, and left as they were.")).toBeVisible();
  });
});
