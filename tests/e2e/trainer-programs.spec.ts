import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

test("a trainer writes a template program in the workspace", async ({ page }) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Programs", exact: true }).click();
  await expect(page).toHaveURL(/\/trainer\/programs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
  await expect(page.getByText("Coming soon")).toHaveCount(0);
  expect(await violations(page)).toEqual([]);

  await page.getByRole("link", { name: "New program" }).click();
  await expect(page).toHaveURL(/\/trainer\/programs\/new$/);
  // Still inside the workspace shell.
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();

  const name = `Template ${Date.now()}`;
  await page.getByLabel("Program name").fill(name);
  await page.getByLabel("Day name").fill("Full body");
  await page.getByRole("button", { name: /^Add exercise to week 1/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Equipment").selectOption({ label: "Dumbbell" });
  await dialog.getByLabel("Muscle").selectOption({ label: "Chest" });
  await dialog.getByLabel("Search exercises").fill("bench");
  await dialog.getByRole("button", { name: /^Dumbbell Bench Press/ }).first().click();
  await expect(dialog).toBeHidden();

  const bench = page.getByRole("article", { name: /Dumbbell Bench Press/ });
  await bench.getByLabel("Progression").selectOption({ label: "Double progression" });
  await bench.getByLabel("Set 1 Load", { exact: true }).selectOption({ label: "RPE" });
  await bench.getByLabel("Set 1 RPE").fill("8");

  // A second week, duplicated from the first.
  await page.getByRole("button", { name: /^Duplicate week/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Week 2" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page).toHaveURL(/\/trainer\/programs\/[a-f0-9]{24}\?created=1$/);
  await expect(page.getByText("Program created.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
  await expect(page.getByRole("article", { name: /Dumbbell Bench Press/ }).first().getByLabel("Set 1 RPE")).toHaveValue("8");

  await page.getByRole("link", { name: "All programs" }).click();
  await expect(page).toHaveURL(/\/trainer\/programs$/);
  const card = page.getByRole("list", { name: "Programs" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(card).toContainText("2 weeks × 1 day/week");
  await expect(card.getByRole("link", { name: /^Edit/ })).toHaveAttribute("href", /^\/trainer\/programs\/[a-f0-9]{24}$/);
});
