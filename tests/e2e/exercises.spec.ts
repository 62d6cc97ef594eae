import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, violations } from "./support";

const NAME = "Landmine Press Test";

const library = (page: Page) => page.getByRole("region", { name: "Library" });
const results = (page: Page) => page.getByRole("list", { name: "Exercises" }).getByRole("listitem");
const result = (page: Page, name: string) => results(page).filter({ has: page.getByRole("heading", { name, exact: true }) });

test("a member browses the library, adds a custom exercise and logs it in a workout", async ({ page }) => {
  // Every create the browser sends, to prove a refused form sends nothing.
  const creates: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("exercises.create")) creates.push(request.url());
  });

  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/train");
  await page.getByRole("navigation", { name: "Training tools" }).getByRole("link", { name: "Exercises" }).click();
  await expect(page).toHaveURL(/\/train\/exercises$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Train" })).toHaveAttribute("href", "/train");

  // Search with filters: only dumbbell exercises working the front delts are left.
  await library(page).getByLabel("Search exercises").fill("shoulder press");
  await library(page).getByLabel("Muscle").selectOption({ label: "Front delts" });
  await library(page).getByLabel("Equipment").selectOption({ label: "Dumbbell" });
  const seated = result(page, "Seated Dumbbell Shoulder Press");
  await expect(seated).toBeVisible();
  await expect(seated).toContainText("Dumbbell · Front delts");
  await expect(seated).toContainText("Vertical push · Weight × reps");
  await expect(results(page).filter({ hasText: "Barbell" })).toHaveCount(0);
  await expect(results(page).first()).toBeVisible();
  // Every result is a dumbbell exercise (asserted on the settled list, which re-renders as results arrive).
  await expect(results(page).filter({ hasNotText: "Dumbbell" })).toHaveCount(0);

  // The form: a muscle is main or secondary, not both; a member cannot share.
  await page.getByRole("button", { name: "New exercise" }).click();
  const form = page.getByRole("form", { name: "New exercise" });
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(form.getByLabel("Share with my clients")).toHaveCount(0);
  await form.getByLabel("Name", { exact: true }).fill(NAME);
  await form.getByLabel("Other names (optional)").fill("Angled press test, , Angled press test");
  const main = form.getByRole("group", { name: "Main muscles" });
  const secondary = form.getByRole("group", { name: "Secondary muscles" });
  await secondary.getByLabel("Front delts").check();
  await main.getByLabel("Front delts").check();
  await expect(secondary.getByLabel("Front delts")).not.toBeChecked();
  await expect(secondary.getByLabel("Front delts")).toBeDisabled();
  await secondary.getByLabel("Triceps").check();
  await form.getByLabel("Equipment").selectOption({ label: "Barbell" });
  await form.getByLabel("Movement pattern").selectOption({ label: "Vertical push" });
  await form.getByLabel("What a set records").selectOption({ label: "Weight × reps" });
  await form.getByLabel("One side at a time").check();
  // The page with the form open passes WCAG A/AA and does not scroll sideways.
  expect(await violations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);

  await form.getByRole("button", { name: "Add exercise" }).click();
  await expect(form.getByText(`Added “${NAME}” to your library.`)).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
  await expect(main.getByLabel("Front delts")).not.toBeChecked();
  // It shows up in the library, marked as the member's own.
  const mine = result(page, NAME);
  await expect(mine).toBeVisible();
  await expect(mine.getByText("Yours", { exact: true })).toBeVisible();
  await expect(mine).toContainText("Barbell · Front delts");
  await expect(mine).toContainText("Vertical push · Weight × reps · One side at a time");
  await expect(mine).toContainText("Also: Angled press test");

  // The same name again is refused by the server, with its message, and the form keeps what was typed.
  await form.getByLabel("Name", { exact: true }).fill(NAME.toLowerCase());
  await main.getByLabel("Front delts").check();
  await form.getByLabel("Equipment").selectOption({ label: "Barbell" });
  await form.getByLabel("Movement pattern").selectOption({ label: "Vertical push" });
  await form.getByRole("button", { name: "Add exercise" }).click();
  await expect(form.getByRole("alert").filter({ hasText: `“${NAME.toLowerCase()}” is already in the library. Search for it instead.` })).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(NAME.toLowerCase());
  expect(creates).toHaveLength(2);

  // No main muscle: the field error shows on the spot and nothing is sent.
  await page.getByRole("region", { name: "New exercise" }).getByRole("button", { name: "Close" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New exercise" })).toBeFocused();
  await page.getByRole("button", { name: "New exercise" }).click();
  await form.getByLabel("Name", { exact: true }).fill("No Muscle Test");
  await form.getByLabel("Equipment").selectOption({ label: "Band" });
  await form.getByLabel("Movement pattern").selectOption({ label: "Isolation" });
  await form.getByRole("button", { name: "Add exercise" }).click();
  await expect(main.getByRole("alert")).toHaveText("Choose at least one main muscle");
  await expect(main.getByLabel("Chest")).toBeFocused();
  expect(await violations(page)).toEqual([]);
  expect(creates).toHaveLength(2);
  await library(page).getByLabel("Search exercises").fill("No Muscle Test");
  await expect(library(page).getByText("No exercises match. Try fewer words or clear a filter.")).toBeVisible();
  expect(creates).toHaveLength(2);

  // The workout logger finds and logs the new exercise.
  await page.getByRole("link", { name: "← Train" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Train" })).toBeVisible();
  await page.getByRole("button", { name: "Start an empty workout" }).click();
  await page.getByRole("button", { name: "Add exercise" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an exercise" });
  await dialog.getByLabel("Search exercises").fill("landmine");
  await expect(dialog.getByRole("link", { name: /Add a custom exercise in Exercises/ })).toHaveAttribute("href", "/train/exercises");
  await dialog.getByRole("button", { name: new RegExp(`^${NAME}`) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: NAME, level: 2 })).toBeVisible();
  const next = page.getByRole("form", { name: `Next set of ${NAME}` });
  await next.getByLabel(/^Weight \((kg|lb)\)$/).fill("20");
  await next.getByLabel("Reps", { exact: true }).fill("8");
  await page.getByRole("button", { name: "Log set 1" }).click();
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByText(/^Workout saved: 1 set/)).toBeVisible();
});
