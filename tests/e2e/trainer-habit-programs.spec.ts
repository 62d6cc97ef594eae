import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

test("a trainer writes a habit program in phases, fixes a mistake without retyping, edits it and assigns it to a client", async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const name = `Hydrate then move ${suffix}`;
  const water = `Drink water ${suffix}`;
  const walk = `Walk ${suffix}`;

  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Habit programs", exact: true }).click();
  await expect(page).toHaveURL(/\/trainer\/habit-programs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Habit programs" })).toBeVisible();
  await expect(page.getByText("Loading habit programs…")).toHaveCount(0);
  expect(await violations(page)).toEqual([]);

  await page.getByRole("link", { name: "New habit program" }).click();
  await expect(page).toHaveURL(/\/trainer\/habit-programs\/new$/);
  await page.getByLabel("Program name").fill(name);
  await page.getByLabel("Phase 1 Phase name (optional)").fill("Start small");
  await expect(page.getByLabel("Phase 1 Start week")).toHaveValue("1");

  // Week 1: a yes/no habit every day, written in the habit form that opens in place.
  await page.getByRole("button", { name: "Add habit to phase 1" }).click();
  const firstForm = page.getByRole("form", { name: "New habit for phase 1" });
  await firstForm.getByLabel("Habit", { exact: true }).fill(water);
  await expect(firstForm.getByLabel("Start date")).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  await firstForm.getByRole("button", { name: "Add habit", exact: true }).click();
  await expect(firstForm).toBeHidden();
  await expect(page.getByRole("list", { name: "Habits in phase 1" })).toContainText(`${water}Every day · yes / no`);

  // A second phase, by mistake starting in week 1 too, with a numeric habit.
  await page.getByRole("button", { name: "Add phase" }).click();
  await page.getByLabel("Phase 2 Phase name (optional)").fill("Move more");
  await page.getByLabel("Phase 2 Start week").fill("1");
  await page.getByRole("button", { name: "Add habit to phase 2" }).click();
  const secondForm = page.getByRole("form", { name: "New habit for phase 2" });
  await secondForm.getByLabel("Habit", { exact: true }).fill(walk);
  await secondForm.getByText("A number", { exact: true }).click();
  await secondForm.getByLabel("Daily target").fill("20");
  await secondForm.getByLabel("Unit").fill("minutes");
  await secondForm.getByRole("button", { name: "Add habit", exact: true }).click();
  await expect(page.getByRole("list", { name: "Habits in phase 2" })).toContainText(`${walk}Every day · target 20 minutes`);

  await page.getByRole("button", { name: "Create habit program" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fix these before saving:" })).toContainText("Phase 2 (Move more) · start week: Start later than week 1, when phase 1 starts");
  await expect(page).toHaveURL(/\/trainer\/habit-programs\/new$/);
  await expect(page.getByLabel("Phase 2 Start week")).toHaveAttribute("aria-invalid", "true");

  // Fixing the one field is enough: everything else is still as typed.
  await page.getByLabel("Phase 2 Start week").fill("3");
  await expect(page.getByText("Fix these before saving:")).toHaveCount(0);
  await expect(page.getByLabel("Program name")).toHaveValue(name);
  await page.getByRole("button", { name: "Create habit program" }).click();
  await expect(page).toHaveURL(/\/trainer\/habit-programs\/[a-f0-9]{24}\?created=1$/);
  await expect(page.getByText("Habit program created.")).toBeVisible();
  await expect(page.getByLabel("Phase 2 Start week")).toHaveValue("3");

  // Edit: a higher target for the walk, saved and still there after a reload.
  await page.getByRole("button", { name: `Edit ${walk}` }).click();
  const editForm = page.getByRole("form", { name: `Edit ${walk}` });
  await expect(editForm.getByLabel("Daily target")).toHaveValue("20");
  await editForm.getByLabel("Daily target").fill("30");
  await editForm.getByRole("button", { name: "Update habit" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. Clients already on this program keep the version they were given.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("list", { name: "Habits in phase 2" })).toContainText(`${walk}Every day · target 30 minutes`);

  // Saved meanwhile in another tab: this tab's save is refused with a way to reload, not silently overwritten.
  const otherTab = await page.context().newPage();
  await otherTab.goto(page.url());
  await otherTab.getByLabel("Description (optional)").fill("Saved in the other tab");
  await otherTab.getByRole("button", { name: "Save changes" }).click();
  await expect(otherTab.getByText(/^Saved\./)).toBeVisible();
  await otherTab.close();
  await page.getByLabel("Description (optional)").fill("Saved in this tab");
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "This habit program was changed elsewhere" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByLabel("Description (optional)")).toHaveValue("Saved in the other tab");

  // Assign to Maya from today (the default start date).
  const clients = page.getByRole("region", { name: "Clients", exact: true });
  await clients.getByRole("button", { name: "Assign to clients" }).click();
  const assign = clients.getByRole("form", { name: `Assign ${name}` });
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  await expect(assign.getByLabel("Start date")).toHaveValue(today);
  await assign.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(assign.getByRole("alert")).toContainText("Choose at least one client.");
  await assign.getByRole("checkbox", { name: "Maya", exact: true }).check();
  await assign.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(assign.getByRole("list", { name: "Assignment results" })).toContainText("Maya: Assigned, 2 habits");
  expect(await violations(page)).toEqual([]);

  // The list shows the program with its shape.
  await page.getByRole("link", { name: "All habit programs" }).click();
  await expect(page).toHaveURL(/\/trainer\/habit-programs$/);
  const card = page.getByRole("list", { name: "Habit programs" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(card).toContainText("2 phases · 2 habits · last phase starts in week 3");
  expect(await violations(page)).toEqual([]);
});
