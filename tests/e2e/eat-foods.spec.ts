import { expect, test } from "@playwright/test";
import { signUpAndOnboard, violations } from "./support";

// Issue 6, custom foods and recipes: a fresh member enters a food from a US-style label (per serving),
// edits it, builds a recipe from it with live totals, and archives the recipe.

test("a member creates a custom food from a label, edits it, builds a recipe and archives it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Robin");
  await page.goto("/eat/foods");
  await expect(page.getByRole("heading", { level: 1, name: "My foods" })).toBeVisible();
  await expect(page.getByText("No custom foods yet: add one from a label.")).toBeVisible();

  // 1. A 60 g bar: 240 kcal, 20 g protein, 25 g carbohydrate, 8 g fat, 3 g fibre per serving.
  await page.getByRole("button", { name: "New food" }).click();
  const form = page.getByRole("form", { name: "New food" });
  await form.getByLabel("Name", { exact: true }).fill("Peanut protein bar");
  await form.getByLabel("Brand (optional)").fill("Acme");
  await form.getByRole("radio", { name: "Per serving" }).check();
  await form.getByLabel("Serving size (g)").fill("60");
  await form.getByLabel("Energy (kcal)").fill("240");
  await form.getByLabel("Protein (g)").fill("20");
  await form.getByLabel("Carbohydrate (g)").fill("25");
  await form.getByLabel("Fat (g)").fill("8");
  await form.getByRole("button", { name: "Create food" }).click();
  await expect(form.getByText("Enter a number (0 if none)")).toBeVisible(); // fibre left empty
  expect(await violations(page), "new food form").toEqual([]);
  await form.getByLabel("Fibre (g)").fill("3");
  await form.getByRole("button", { name: "Add a serving size" }).click();
  await form.getByLabel("Serving 1 name").fill("Half bar");
  await form.getByLabel("Serving 1 grams").fill("30");
  await form.getByRole("button", { name: "Create food" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“Peanut protein bar” saved." })).toBeVisible();
  const foods = page.getByRole("list", { name: "Custom foods" });
  // 240 kcal in 60 g = 400 kcal per 100 g.
  await expect(foods.getByRole("listitem")).toHaveCount(1);
  await expect(foods.getByRole("listitem").first()).toContainText("Acme · 400 kcal per 100 g");

  // 2. Edit: the form opens per 100 g (what is stored), the name changes.
  await page.getByRole("button", { name: "Edit Peanut protein bar" }).click();
  const edit = page.getByRole("form", { name: "Edit Peanut protein bar" });
  await expect(edit.getByLabel("Energy (kcal)")).toHaveValue("400");
  await edit.getByLabel("Name", { exact: true }).fill("Peanut bar");
  await edit.getByRole("button", { name: "Save food" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“Peanut bar” saved." })).toBeVisible();
  await expect(foods.getByRole("heading", { name: "Peanut bar" })).toBeVisible();

  // 3. A recipe of 150 g of the bar making 2 servings: 75 g a serving = 300 kcal and 25 g protein.
  await page.getByRole("button", { name: "New recipe" }).click();
  const recipe = page.getByRole("form", { name: "New recipe" });
  await recipe.getByLabel("Recipe name").fill("Bar crumble");
  await recipe.getByLabel("Servings it makes").fill("2");
  await recipe.getByLabel("Add an ingredient").fill("peanut bar");
  await recipe.getByRole("list", { name: "Matching foods" }).getByRole("button", { name: /Peanut bar/ }).first().click();
  await recipe.getByLabel("Peanut bar (Acme): Grams").fill("150");
  const totals = recipe.getByRole("region", { name: /Per serving/ });
  await expect(totals).toContainText("Per serving (75 g)");
  await expect(totals).toContainText("Energy300 kcal");
  await expect(totals).toContainText("Protein25 g");
  expect(await violations(page), "recipe builder").toEqual([]);
  await recipe.getByRole("button", { name: "Create recipe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recipe “Bar crumble” saved." })).toBeVisible();
  const recipes = page.getByRole("list", { name: "Recipes" });
  await expect(recipes.getByRole("listitem")).toHaveCount(1);
  await expect(recipes.getByRole("listitem").first()).toContainText("2 servings, 1 ingredient");

  // 4. Archive the recipe.
  await page.getByRole("button", { name: "Archive Bar crumble" }).click();
  await page.getByRole("group", { name: "Archive Bar crumble" }).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“Bar crumble” archived." })).toBeVisible();
  await expect(page.getByText("No recipes yet.")).toBeVisible();
  expect(await violations(page), "foods list").toEqual([]);
});
