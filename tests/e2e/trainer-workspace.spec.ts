import { expect, test } from "@playwright/test";
import { demo, freshEmail, signIn, signOut, violations } from "./support";

test("a trainer reaches /trainer with the desktop sidebar but not the admin pages", async ({ page }) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await expect(page.getByRole("heading", { name: "Welcome, Taylor Trainer" })).toBeVisible();
  const sidebar = page.getByRole("navigation", { name: "Workspace" });
  await expect(sidebar.getByRole("link", { name: "Clients" })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: "Users" })).toHaveCount(0);
  expect(await violations(page)).toEqual([]);

  await page.goto("/trainer/users");
  await expect(page).toHaveURL(/\/trainer\?denied=1$/);
  // The member app is not theirs either.
  await page.goto("/today");
  await expect(page).toHaveURL(/\/trainer\?denied=1$/);
  await signOut(page);
});

test("an admin promotes a new member to trainer, who then lands in the workspace", async ({ browser, page }) => {
  const email = freshEmail("promote");
  const password = "future coach of champions";

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto("/sign-up");
  await visitorPage.getByLabel("Email").fill(email);
  await visitorPage.getByLabel("Password").fill(password);
  await visitorPage.getByRole("button", { name: "Create account" }).click();
  await expect(visitorPage).toHaveURL(/\/onboarding$/);
  await visitor.close();

  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Search by email or name").fill(email);
  await page.getByRole("button", { name: `Make ${email} a trainer` }).click();
  await expect(page.getByRole("button", { name: `Make ${email} a member` })).toBeVisible();
  await signOut(page);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/trainer$/);
  await expect(page.getByRole("heading", { name: /^Welcome,/ })).toBeVisible();
});
