import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

const NAME = "Trainer Cable Chop Test";

test("a trainer adds an exercise shared with their clients", async ({ page }) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Exercises" }).click();
  await expect(page).toHaveURL(/\/trainer\/exercises$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();

  await page.getByRole("button", { name: "New exercise" }).click();
  const form = page.getByRole("form", { name: "New exercise" });
  await form.getByLabel("Name", { exact: true }).fill(NAME);
  await form.getByRole("group", { name: "Main muscles" }).getByLabel("Obliques").check();
  await form.getByRole("group", { name: "Secondary muscles" }).getByLabel("Abs", { exact: true }).check();
  await form.getByLabel("Equipment").selectOption({ label: "Cable" });
  await form.getByLabel("Movement pattern").selectOption({ label: "Core" });
  await form.getByLabel("What a set records").selectOption({ label: "Reps only" });
  await form.getByLabel("Share with my clients").check();
  expect(await violations(page)).toEqual([]);
  await form.getByRole("button", { name: "Add exercise" }).click();
  await expect(form.getByText(`Added “${NAME}” to your library.`)).toBeVisible();

  const item = page.getByRole("list", { name: "Exercises" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: NAME, exact: true }) });
  await expect(item).toBeVisible();
  await expect(item.getByText("Shared with clients", { exact: true })).toBeVisible();
  await expect(item).toContainText("Cable · Obliques");
  await expect(item).toContainText("Core · Reps only");
  await expect(form.getByLabel("Share with my clients")).not.toBeChecked();
});
