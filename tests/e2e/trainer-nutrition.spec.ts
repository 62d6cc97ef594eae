import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn, signOut, violations } from "./support";

// Issue 6, the trainer's side of nutrition targets. The seed gives Sam four weeks of meals and
// weigh-ins and a pending proposal (server/seed/demo-nutrition.ts). The trainer edits the rest day,
// approves it, and Sam sees the trainer's targets read-only. No other spec relies on Sam's proposal.

const kcal = (value: number) => `${value.toLocaleString("en-US")} kcal`;

test("a trainer reviews a client's proposed targets, edits and approves them, and the client sees them", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);

  // 1. The overview lists Sam's proposal.
  const review = page.getByRole("region", { name: /Targets to review/ });
  await expect(review.getByRole("link", { name: "Sam", exact: true })).toBeVisible();
  expect(await violations(page), "trainer overview").toEqual([]);
  await review.getByRole("link", { name: "Sam", exact: true }).click();
  await expect(page).toHaveURL(/\/trainer\/clients\/[a-f0-9]{24}/);
  await expect(page.getByRole("heading", { level: 1, name: "Sam" })).toBeVisible();

  // 2. The Nutrition section: the proposal against Sam's current targets, the week and the estimate.
  const nutrition = page.getByRole("region", { name: "Nutrition", exact: true });
  const proposal = nutrition.getByRole("region", { name: "Proposed targets to review" });
  await expect(proposal).toBeVisible();
  await expect(proposal.getByRole("row", { name: /^Energy/ })).toContainText("was");
  await expect(nutrition.getByRole("region", { name: "Current targets" })).toContainText("Calculated, set by trainer");
  await expect(nutrition.getByRole("region", { name: "Last 7 days" })).toContainText(/\d of 7 days logged/);
  await expect(nutrition.getByRole("region", { name: "Measured maintenance" })).toContainText("confidence");
  await expect(nutrition.getByRole("region", { name: "Weight", exact: true })).toContainText(/down [\d.]+ lb a week/);
  expect(await violations(page), "client page, nutrition").toEqual([]);

  // 3. Edit & approve: the rest day gets 40 kcal more than proposed.
  await proposal.getByRole("button", { name: "Edit & approve" }).click();
  const form = proposal.getByRole("form", { name: "Edit the proposed targets" });
  const proposedRest = Number(await form.getByLabel("Rest day: Energy (kcal)").inputValue());
  const proposedTraining = Number(await form.getByLabel("Training day: Energy (kcal)").inputValue());
  expect(proposedRest).toBeGreaterThan(800);
  const rest = proposedRest + 40;
  await form.getByLabel("Rest day: Energy (kcal)").fill(String(rest));
  await form.getByLabel("Note (optional)").fill("A little more on rest days while sleep is short.");
  expect(await violations(page), "client page, editing the proposal").toEqual([]);
  await form.getByRole("button", { name: "Approve edited targets" }).click();

  await expect(nutrition.getByRole("status").filter({ hasText: "New targets approved for Sam." })).toBeVisible();
  await expect(proposal).toHaveCount(0);
  const current = nutrition.getByRole("region", { name: "Current targets" });
  await expect(current).toContainText("Adaptive, set by trainer");
  await expect(current.getByRole("row", { name: /^Energy/ }).getByRole("cell")).toHaveText([kcal(proposedTraining), kcal(rest)]);
  await expect(current).toContainText("A little more on rest days while sleep is short.");

  // The overview no longer lists Sam.
  await page.goto("/trainer");
  await expect(page.getByRole("region", { name: /Targets to review/ })).toContainText("No proposed nutrition targets are waiting for you.");
  await signOut(page);

  // 4. Sam sees the trainer's targets, read-only.
  await signIn(page, demo.sam);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/eat/targets");
  await expect(page.getByText("Your trainer sets your targets.")).toBeVisible();
  const samCard = page.getByRole("region", { name: "Current targets" });
  await expect(samCard).toContainText("Adaptive, set by your trainer");
  await expect(samCard.getByRole("row", { name: /^Energy/ }).getByRole("cell")).toHaveText([kcal(proposedTraining), kcal(rest)]);
  await expect(page.getByRole("button", { name: "Edit numbers" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Recalculate" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Set up your targets" })).toHaveCount(0);
  expect(await violations(page), "coached member's targets").toEqual([]);
});

test("a trainer shares a food with clients, a client sees it as their trainer's, and the trainer archives it", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Coach oat bake ${randomUUID().slice(0, 8)}`;
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Foods" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Foods" })).toBeVisible();
  await page.getByRole("button", { name: "New food" }).click();
  const form = page.getByRole("form", { name: "New food" });
  await expect(form.getByRole("checkbox", { name: "Share with clients" })).toBeChecked();
  await form.getByLabel("Name", { exact: true }).fill(name);
  for (const [label, value] of [["Energy (kcal)", "350"], ["Protein (g)", "12"], ["Carbohydrate (g)", "55"], ["Fat (g)", "8"], ["Fibre (g)", "7"]]) await form.getByLabel(label).fill(value);
  expect(await violations(page), "trainer foods, new food").toEqual([]);
  await form.getByRole("button", { name: "Create food" }).click();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(row).toContainText("350 kcal per 100 g");
  await expect(row).toContainText("Shared with clients");
  await signOut(page);

  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/eat/foods");
  const shared = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(shared).toContainText("Shared by your trainer");
  await expect(shared.getByRole("button", { name: `Edit ${name}` })).toHaveCount(0);
  expect(await violations(page), "member foods with a shared food").toEqual([]);
  await page.goto("/settings");
  await signOut(page);

  // Leave Maya's food search as the seed made it.
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/foods");
  await page.getByRole("button", { name: `Archive ${name}` }).click();
  await page.getByRole("group", { name: `Archive ${name}` }).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { name })).toHaveCount(0);
});
