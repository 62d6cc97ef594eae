import { expect, test } from "@playwright/test";
import { demo, hydrated, signIn, violations } from "./support";

test("Maya sees her insights with the numbers behind them, and refreshes them", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today/);
  await page.goto("/progress");
  await hydrated(page);

  const card = page.getByRole("region", { name: "Your insights" });
  await expect(card).toBeVisible();
  // The demo seed computed Maya's insights: at least one, with its wording and evidence.
  const insights = card.getByRole("list", { name: "Insights" }).getByRole("listitem");
  await expect(insights.first()).toBeVisible();
  expect(await insights.count()).toBeGreaterThan(0);
  const first = insights.first();
  await expect(first.getByRole("heading", { level: 3 })).not.toBeEmpty();

  await first.getByText("Show the numbers", { exact: true }).click();
  const table = first.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Measure" })).toBeVisible();
  const rows = table.getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.nth(1).getByRole("cell")).not.toBeEmpty();
  expect(await violations(page), "/progress with the insights card").toEqual([]);

  await expect(card.getByText(/^Updated /)).toBeVisible();
  await card.getByRole("button", { name: "Refresh my insights", exact: true }).click();
  await expect(card.getByRole("button", { name: "Refreshing…", exact: true })).toBeDisabled();
  await expect(card.getByRole("status").filter({ hasText: "Your insights are up to date." })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole("button", { name: "Refresh my insights", exact: true })).toBeEnabled();
  await expect(insights.first()).toBeVisible();
});
