import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, expectPainted, hydrated, signIn, violations } from "./support";


const sections = ["Training", "Habits", "Nutrition", "Mind"] as const;

/** Every chart canvas in the analytics sections is painted; returns how many there are. */
async function expectAllPainted(page: Page): Promise<number> {
  let count = 0;
  for (const name of sections) {
    const canvases = page.getByRole("region", { name, exact: true }).locator("canvas");
    const total = await canvases.count();
    for (let index = 0; index < total; index += 1) await expectPainted(canvases.nth(index));
    count += total;
  }
  return count;
}

test("Maya sees her training, habit, nutrition and mind charts painted, switches ranges and reads a chart as a table", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today/);
  await page.goto("/progress");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  for (const name of ["Body", ...sections]) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();

  // 12 weeks (the default): her eight weeks of training, habits, a week of meals, two weeks of check-ins, WHO-5.
  const period = page.getByRole("group", { name: "Period" });
  await expect(period.getByRole("button", { name: "12 weeks", exact: true })).toHaveAttribute("aria-pressed", "true");
  const training = page.getByRole("region", { name: "Training", exact: true });
  for (const chart of [/^Weekly hard sets per muscle group/, /^Best estimated one-rep max per week/, /^Session load/, /^Workouts per week/, /personal records/]) {
    await expect(training.getByRole("img", { name: chart })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Habits", exact: true }).getByRole("img", { name: /^Habit strength/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Habits", exact: true }).getByRole("img", { name: /^Habit completion heat map/ })).toBeVisible();
  const nutrition = page.getByRole("region", { name: "Nutrition", exact: true });
  await expect(nutrition.getByRole("img", { name: /^Energy intake per logged day/ })).toBeVisible();
  await expect(nutrition.getByRole("img", { name: /^Share of energy from macros/ })).toBeVisible();
  const mind = page.getByRole("region", { name: "Mind", exact: true });
  await expect(mind.getByRole("img", { name: /^Check-ins from/ })).toBeVisible();
  await expect(mind.getByRole("img", { name: /^WHO-5 wellbeing index, 3 results/ })).toBeVisible();
  expect(await expectAllPainted(page)).toBeGreaterThanOrEqual(10);

  // The e1RM chart as a table: a row per week, weights in her unit (kg).
  const e1rm = training.locator('[data-chart="Estimated 1RM trend"]');
  await e1rm.getByText("Show as a table", { exact: true }).click();
  const table = e1rm.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Bench Press \(kg\)/ })).toBeVisible();
  expect(await table.getByRole("row").count()).toBeGreaterThan(4);
  expect(await violations(page), "/progress, 12 weeks, a table open").toEqual([]);

  // Volume as kg lifted instead of sets.
  await training.getByRole("button", { name: "Volume", exact: true }).click();
  await expect(training.getByRole("img", { name: /^Weekly volume \(kg lifted\) per muscle group/ })).toBeVisible();

  // 1 year and all: week by week, every chart still painted.
  for (const range of ["1 year", "All"]) {
    await period.getByRole("button", { name: range, exact: true }).click();
    await expect(period.getByRole("button", { name: range, exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText(/, week by week\.$/)).toBeVisible();
    await expect(mind.getByRole("img", { name: /^Weekly averages of 14 check-ins/ })).toBeVisible();
    expect(await expectAllPainted(page)).toBeGreaterThanOrEqual(10);
  }
  expect(await violations(page), "/progress, all").toEqual([]);

  // 4 weeks: day by day again; the workouts-per-week table has a row per week of the range.
  await period.getByRole("button", { name: "4 weeks", exact: true }).click();
  await expect(page.getByText(/, day by day\.$/)).toBeVisible();
  const frequency = training.locator('[data-chart="Workouts per week"]');
  await frequency.getByText("Show as a table", { exact: true }).click();
  await expect(frequency.getByRole("table").getByRole("columnheader", { name: "Planned" })).toBeVisible();
  expect(await frequency.getByRole("table").getByRole("row").count()).toBeGreaterThanOrEqual(5);
  expect(await expectAllPainted(page)).toBeGreaterThanOrEqual(10);
});
