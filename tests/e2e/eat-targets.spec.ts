import { expect, test } from "@playwright/test";
import { expectPainted, signUpAndOnboard, violations } from "./support";

// Issue 6, targets and weight: a fresh member (born 1992-03-14, sex not given, 64 kg, 168 cm, building
// muscle) sets up targets, edits the rest day by hand, and logs a weigh-in that shows in the table and
// the chart.

/** Whole years from 1992-03-14 to today (the server uses the member's day; the test runs in one zone). */
function ageToday(): number {
  const now = new Date();
  const hadBirthday = now.getMonth() > 2 || (now.getMonth() === 2 && now.getDate() >= 14);
  return now.getFullYear() - 1992 - (hadBirthday ? 0 : 1);
}
const tens = (kcal: number) => Math.round(kcal / 10) * 10;
const kcal = (value: number) => `${Math.round(value).toLocaleString("en-US")} kcal`;

test("a member sets up targets, edits the rest day, and logs a weigh-in", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Robin");

  // Expected numbers, by hand: Mifflin–St Jeor with the midpoint sex constant (−78), "moderately
  // active" (× 1.55), a 10% surplus for building muscle, 4 training days with a 15% gap between days.
  const bmr = 10 * 64 + 6.25 * 168 - 5 * ageToday() - 78; // 1,442 kcal at 34 years
  const maintenance = tens(bmr * 1.55); // 2,240
  const daily = tens(maintenance * 1.1); // 2,460
  const training = daily + (0.15 * daily * 3) / 7; // 2,618
  const rest = daily - (0.15 * daily * 4) / 7; // 2,249

  // 1. No targets yet: the setup form is open.
  await page.goto("/eat/targets");
  await expect(page.getByRole("heading", { level: 1, name: "Targets" })).toBeVisible();
  const setup = page.getByRole("form", { name: "Set up your targets" });
  await expect(setup).toBeVisible();
  expect(await violations(page), "targets, setup").toEqual([]);
  await setup.getByRole("radio", { name: /Moderately active/ }).check();
  await setup.getByLabel("Training days a week").selectOption("4");
  await expect(setup.getByLabel("Water a day (ml)")).toHaveValue("2500");
  await setup.getByRole("button", { name: "Calculate and save" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Targets calculated and saved." })).toBeVisible();
  const card = page.getByRole("region", { name: "Current targets" });
  await expect(card).toContainText("Calculated, set by you");
  await expect(card).toContainText(`Your body uses about ${kcal(bmr)} a day at rest (Mifflin–St Jeor), and about ${kcal(maintenance)} a day`);
  await expect(card).toContainText("Resting energy (Mifflin–St Jeor): 10 × 64 kg + 6.25 × 168 cm");
  const energyRow = card.getByRole("row", { name: /^Energy/ });
  await expect(energyRow.getByRole("cell")).toHaveText([kcal(training), kcal(rest)]);
  await expect(card.getByRole("row", { name: /^Protein/ }).getByRole("cell")).toHaveText(["115 g", "115 g"]); // 1.8 g × 64 kg
  await expect(card).toContainText("Water: 2,500 ml a day");
  expect(await violations(page), "targets, calculated").toEqual([]);

  // 2. The rest day by hand: too low is refused here, 2,100 kcal is saved.
  await card.getByRole("button", { name: "Edit numbers" }).click();
  const edit = page.getByRole("form", { name: "Edit your targets" });
  await expect(edit.getByLabel("Rest day: Energy (kcal)")).toHaveValue(String(Math.round(rest)));
  await edit.getByLabel("Rest day: Energy (kcal)").fill("700");
  await edit.getByRole("button", { name: "Save targets" }).click();
  await expect(edit.getByText("At least 800 kcal: lower targets need medical supervision")).toBeVisible();
  expect(await violations(page), "targets, editing").toEqual([]);
  await edit.getByLabel("Rest day: Energy (kcal)").fill("2100");
  await edit.getByRole("button", { name: "Save targets" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your targets are saved." })).toBeVisible();
  await expect(card).toContainText("Manual, set by you");
  await expect(energyRow.getByRole("cell")).toHaveText([kcal(training), "2,100 kcal"]);
  await page.reload();
  await expect(page.getByRole("region", { name: "Current targets" }).getByRole("row", { name: /^Energy/ }).getByRole("cell")).toHaveText([kcal(training), "2,100 kcal"]);
  const estimate = page.getByRole("region", { name: "Measured maintenance" });
  await expect(estimate).toContainText("0 of 20 days logged, 0 of 8 weigh-ins");
  // Too little data for a proposal: "Check now" says what is missing.
  await estimate.getByRole("button", { name: "Check now" }).click();
  await expect(estimate.getByRole("status")).toContainText("You logged food on 0 of the last 28 days");

  // 3. A weigh-in: listed in the table, drawn on the chart.
  await page.goto("/eat/weight");
  await expect(page.getByRole("heading", { level: 1, name: "Weight" })).toBeVisible();
  expect(await violations(page), "weight, empty").toEqual([]);
  await expect(page.getByLabel("Day")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel("Weight (kg)").fill("63.4");
  await page.getByRole("button", { name: "Log weight" }).click();
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  const table = page.getByRole("table", { name: /Weigh-ins/ });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1).getByRole("cell")).toHaveText(["63.4 kg", "63.4 kg", "Delete"]);
  const summary = page.getByRole("region", { name: "Your trend" });
  await expect(summary).toContainText("Latest63.4 kg");
  // The chart painted something: chart.js draws the point, axes and legend onto the canvas.
  await expectPainted(summary.locator("canvas"));
  expect(await violations(page), "weight, one weigh-in").toEqual([]);

  // 4. Delete it again.
  await table.getByRole("button", { name: /^Delete the weigh-in of / }).click();
  await page.getByRole("group", { name: /^Delete the weigh-in of / }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Your weigh-ins will be listed here.")).toBeVisible();
  await expect(summary).toContainText("No weigh-ins in this period yet.");
  await expect(summary.locator("canvas")).toHaveCount(0);
});
