import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, signIn, violations } from "./support";

/** Opens the picker from `opener`, searches, and picks the exercise named `name`. */
async function pickExercise(page: Page, opener: Locator, search: string, name: string) {
  await opener.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Search exercises")).toBeFocused();
  await dialog.getByLabel("Search exercises").fill(search);
  await dialog.getByRole("button", { name: new RegExp(`^${name}`) }).first().click();
  await expect(dialog).toBeHidden();
}

const programCard = (page: Page, name: string) =>
  page.getByRole("list", { name: "Programs" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

test("a member writes a program with sets, loads, progression and a superset, then copies, archives and starts it", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);

  await page.goto("/train/programs");
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
  await page.getByRole("link", { name: "New program" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New program" })).toBeVisible();

  // Nothing is sent while the program has no name.
  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Name the program" }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/train\/programs\/new$/);

  await page.getByLabel("Program name").fill("Strength A");
  await page.getByLabel("Description (optional)").fill("Heavy lower body, upper body superset.");
  await page.getByLabel("Day name").fill("Heavy");
  await page.getByLabel("Weekday").selectOption({ label: "Monday" });

  // The picker closes on Escape without adding anything.
  await page.getByRole("button", { name: /^Add exercise to week 1/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByText("No exercises yet.")).toBeVisible();

  await pickExercise(page, page.getByRole("button", { name: /^Add exercise to week 1/ }), "back squat", "Barbell Back Squat");
  const squat = page.getByRole("article", { name: /Barbell Back Squat/ });
  await expect(squat).toBeVisible();
  for (let set = 1; set <= 3; set++) {
    await squat.getByLabel(`Set ${set} Type`).selectOption({ label: "Working" });
    await squat.getByLabel(`Set ${set} Reps`, { exact: true }).fill("5");
    // One number is an exact target.
    await squat.getByLabel(`Set ${set} reps to (max)`).fill("");
    await squat.getByLabel(`Set ${set} Load`, { exact: true }).selectOption({ label: "Weight" });
    await squat.getByLabel(`Set ${set} Weight (kg)`).fill("100");
  }
  await squat.getByLabel("Progression").selectOption({ label: "Linear" });
  await squat.getByLabel("Increment (kg)").fill("2.5");
  await squat.getByLabel("Rest (seconds)").fill("180");

  await pickExercise(page, page.getByRole("button", { name: /^Add exercise to week 1/ }), "bench press", "Barbell Bench Press");
  // The picker, open with results, passes WCAG A/AA too.
  await page.getByRole("button", { name: /^Add exercise to week 1/ }).click();
  await page.getByRole("dialog").getByLabel("Search exercises").fill("bent over row");
  await expect(page.getByRole("dialog").getByRole("button", { name: /^Barbell Bent-Over Row/ }).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await pickExercise(page, page.getByRole("button", { name: /^Add exercise to week 1/ }), "bent over row", "Barbell Bent-Over Row");
  await page.getByRole("group", { name: /^2\. Exercise/ }).getByRole("button", { name: /^Make superset/ }).click();
  const superset = page.getByRole("group", { name: /Superset/ });
  await expect(superset).toBeVisible();
  await expect(superset.getByRole("article")).toHaveCount(2);
  await expect(superset.getByRole("heading", { name: /2a\. Barbell Bench Press/ })).toBeVisible();
  await expect(superset.getByRole("heading", { name: /2b\. Barbell Bent-Over Row/ })).toBeVisible();

  // The editor with content, at phone width, passes WCAG A/AA and does not scroll sideways.
  expect(await violations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);

  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page).toHaveURL(/\/train\/programs\/[a-f0-9]{24}\?created=1$/);
  await expect(page.getByText("Program created.")).toBeVisible();
  const editorUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("link", { name: "All programs" }).click();
  await expect(programCard(page, "Strength A")).toBeVisible();
  await expect(programCard(page, "Strength A")).toContainText("1 week × 1 day/week");

  // Reloading the editor shows what was saved, in kg.
  await page.goto(editorUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Edit program" })).toBeVisible();
  await expect(page.getByLabel("Program name")).toHaveValue("Strength A");
  await expect(page.getByLabel("Day name")).toHaveValue("Heavy");
  const savedSquat = page.getByRole("article", { name: /Barbell Back Squat/ });
  await expect(savedSquat.getByLabel("Set 3 Weight (kg)")).toHaveValue("100");
  await expect(savedSquat.getByLabel("Set 1 Reps", { exact: true })).toHaveValue("5");
  await expect(savedSquat.getByLabel("Set 1 reps to (max)")).toHaveValue("5");
  await expect(savedSquat.getByLabel("Progression")).toHaveValue("linear");
  await expect(savedSquat.getByLabel("Increment (kg)")).toHaveValue("2.5");
  await expect(savedSquat.getByLabel("Rest (seconds)")).toHaveValue("180");
  await expect(page.getByRole("group", { name: /Superset/ }).getByRole("article")).toHaveCount(2);
  expect(await violations(page)).toEqual([]);

  // An edit saves with the version check.
  await savedSquat.getByLabel("Notes").fill("Belt on the top set.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // An empty name on an existing program is refused on the spot and changes nothing.
  await page.getByLabel("Program name").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Name the program" }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Program name")).toHaveValue("Strength A");
  await expect(page.getByRole("article", { name: /Barbell Back Squat/ }).getByLabel("Notes")).toHaveValue("Belt on the top set.");

  // Another device saves first: this one is told, and Reload brings in the newer version.
  const other = await page.context().newPage();
  await other.goto(editorUrl);
  await other.getByLabel("Description (optional)").fill("Edited on the phone.");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Saved.")).toBeVisible();
  await other.close();
  await page.getByLabel("Day name").fill("Heavy legs");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This program was changed elsewhere" })).toBeVisible();
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByLabel("Description (optional)")).toHaveValue("Edited on the phone.");
  await expect(page.getByLabel("Day name")).toHaveValue("Heavy");

  // Copy, then archive the copy: it leaves the list and comes back with "Show archived".
  await page.getByRole("link", { name: "All programs" }).click();
  await programCard(page, "Strength A").getByRole("button", { name: /^Copy/ }).click();
  await expect(page.getByText("Copied as “Strength A (copy)”.")).toBeVisible();
  const copy = programCard(page, "Strength A (copy)");
  await expect(copy).toBeVisible();
  await copy.getByRole("button", { name: /^Archive/ }).click();
  await expect(copy).toHaveCount(0);
  await page.getByLabel("Show archived").check();
  await expect(copy).toBeVisible();
  await expect(copy.getByText("Archived", { exact: true })).toBeVisible();
  await expect(copy.getByRole("button", { name: /^Restore/ })).toBeVisible();
  await page.getByLabel("Show archived").uncheck();
  await expect(copy).toHaveCount(0);

  // Start the original today: it becomes the active program.
  const original = programCard(page, "Strength A");
  await original.getByRole("button", { name: /^Start/ }).click();
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await expect(original.getByLabel("Start date")).toHaveValue(today);
  await original.getByRole("button", { name: "Start program" }).click();
  await expect(original.getByText("Active", { exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // Stop it again so other journeys find Maya without a running program.
  await original.getByRole("button", { name: /^Stop/ }).click();
  await expect(page.getByText("Program stopped.")).toBeVisible();
  await expect(original.getByText("Active", { exact: true })).toHaveCount(0);
});

test("a program that does not exist shows a friendly message", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);
  for (const id of ["000000000000000000000000", "not-an-id"]) {
    await page.goto(`/train/programs/${id}`);
    await expect(page.getByText("We could not find that program.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to programs" })).toBeVisible();
  }
});

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("without a network the picker searches the built-in library", async ({ page }) => {
    await signIn(page, demo.maya);
    await expect(page).toHaveURL(/\/today$/);
    await page.goto("/train/programs/new");
    // context.route: it also sees requests that pass through the service worker once it controls the page.
    await page.context().route("**/api/trpc/exercises.search**", (route) => route.abort("internetdisconnected"));

    await page.getByRole("button", { name: /^Add exercise to week 1/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Search exercises").fill("goblet");
    await expect(dialog.getByText("Offline: showing the built-in library")).toBeVisible();
    await dialog.getByLabel("Equipment").selectOption({ label: "Kettlebell" });
    await expect(dialog.getByRole("button", { name: /^Kettlebell Goblet Squat/ })).toBeVisible();
    await expect(dialog.getByRole("button", { name: /^Dumbbell Goblet Squat/ })).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole("button", { name: /^Kettlebell Goblet Squat/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("article", { name: /Kettlebell Goblet Squat/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
