import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

test("public pages have no WCAG A/AA violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/offline"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test("the onboarding form, with its errors showing, has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`a11y-${Date.now()}@e2e.charactercoach.app`);
  await page.getByLabel("Password").fill("accessible by default");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Start coaching" }).click();
  await expect(page.getByText("Tell us what to call you")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("member pages have no WCAG A/AA violations", async ({ page }) => {
  await signIn(page, demo.sam);
  await expect(page).toHaveURL(/\/today$/);
  for (const path of ["/today", "/train", "/settings"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});
