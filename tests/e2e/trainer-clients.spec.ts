import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

test("a trainer sorts the roster, opens Maya and keeps a private note", async ({ page }) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  // The overview counts the demo clients and links to the roster.
  await expect(page.getByRole("heading", { name: "Clients", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Open the roster" }).click();
  await expect(page).toHaveURL(/\/trainer\/clients$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();

  const table = page.getByRole("table");
  const names = () => table.getByRole("rowheader").allInnerTexts();
  await expect(table.getByRole("link", { name: "Maya" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Sam" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const clientHeader = table.getByRole("columnheader", { name: /Client/ });
  await expect(clientHeader).toHaveAttribute("aria-sort", "none");
  await clientHeader.getByRole("button").click();
  await expect(clientHeader).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(names).toEqual([...(await names())].sort((a, b) => a.localeCompare(b)));
  const ascending = await names();
  await clientHeader.getByRole("button").click();
  await expect(clientHeader).toHaveAttribute("aria-sort", "descending");
  await expect.poll(names).toEqual([...ascending].reverse());

  await page.getByLabel("Search clients").fill("may");
  await expect.poll(names).toEqual(["Maya"]);
  await table.getByRole("link", { name: "Maya" }).click();

  await expect(page).toHaveURL(/\/trainer\/clients\/[a-f0-9]{24}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Maya" })).toBeVisible();
  for (const section of ["Profile", "Compliance", "Program", "Habits", "Recent workouts", "Private notes"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole("main").getByRole("link", { name: "Messages" })).toHaveAttribute("href", /\/trainer\/messages\/[a-f0-9]{24}$/);

  const note = `Check her squat depth next session (${Date.now()})`;
  await page.getByLabel("New note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Notes" }).getByText(note)).toBeVisible();
  await expect(page.getByLabel("New note")).toHaveValue("");
  expect(await violations(page)).toEqual([]);

  // Notes stay after a reload (stored, not just shown).
  await page.reload();
  await expect(page.getByRole("list", { name: "Notes" }).getByText(note)).toBeVisible();
});
