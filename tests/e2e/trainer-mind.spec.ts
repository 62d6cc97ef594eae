import { devices, expect, test } from "@playwright/test";
import { demo, hydrated, signIn, trpc, violations } from "./support";

// The demo seed (server/seed/demo-mind.ts): Maya shares "trends only" and her last week of check-ins
// went down after a good week; Sam shares nothing. Maya's notes are hers alone.
test("the trainer sees Maya's shared wellbeing trend in the roster and on her page, Maya sees each look and her change of consent applies at once", async ({ page, browser }, testInfo) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();

  const table = page.getByRole("table");
  const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row("Maya")).toContainText("Wellbeing trending down");
  await expect(row("Sam")).toBeVisible();
  await expect(row("Sam")).not.toContainText("Wellbeing");
  expect(await violations(page)).toEqual([]);

  // "Needs attention only" keeps Maya, with the wellbeing flag.
  await hydrated(page);
  const filtered = page.waitForResponse((response) => response.url().includes("trainerClients.roster") && decodeURIComponent(response.url()).includes('"needsAttention":true') && response.ok());
  await page.getByLabel("Needs attention only").check();
  await filtered;
  await expect(page.getByRole("navigation", { name: "Roster pages" })).toContainText(/ of \d+ · page/);
  await expect(row("Maya")).toContainText("Wellbeing trending down");

  await row("Maya").getByRole("link", { name: "Maya", exact: true }).click();
  await expect(page).toHaveURL(/\/trainer\/clients\/[a-f0-9]{24}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Maya" })).toBeVisible();
  const wellbeing = page.getByRole("region", { name: "Wellbeing", exact: true });
  await expect(wellbeing.getByText("Wellbeing trending down", { exact: true })).toBeVisible();
  const averages = wellbeing.getByRole("table", { name: /Average check-in scores/ });
  await expect(averages.getByRole("columnheader", { name: "Last 7 days" })).toBeVisible();
  await expect(averages.getByRole("rowheader", { name: "Stress (lower is better)" })).toBeVisible();
  // Seeded: mood averaged 2.5 over the last six days against 4.3 the week before.
  await expect(averages.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Mood", exact: true }) })).toContainText(/\d\.\d/);
  await expect(wellbeing).toContainText("Maya shares trends only, not daily scores.");
  await expect(wellbeing).toContainText("Each time you view what they share, they see it in their access log.");
  // Trends only: no daily chart, and never a note.
  await expect(wellbeing.getByRole("img")).toHaveCount(0);
  await expect(page.getByText("Deadline moved up a week.")).toHaveCount(0);
  await expect(page.getByText("Slept badly, skipped training.")).toHaveCount(0);
  // The client page's needs-attention box says it too.
  await expect(page.getByRole("status").filter({ hasText: "Needs attention" })).toContainText("Wellbeing trending down");
  expect(await violations(page)).toEqual([]);

  // Maya, on her phone, sees the roster's signal and the opened overview in her access log, then
  // shares her daily scores for a moment: the trainer's next look shows them (never her notes).
  const mayaPage = page.url();
  const memberContext = await browser.newContext({ ...devices["Pixel 7"], baseURL: testInfo.project.use.baseURL });
  const phone = await memberContext.newPage();
  const share = async (label: RegExp) => {
    const saved = phone.waitForResponse((response) => response.url().includes("mind.setSharing") && response.ok());
    await hydrated(phone);
    await phone.getByRole("radio", { name: label }).check();
    await saved;
  };
  try {
    await signIn(phone, demo.maya);
    await expect(phone).toHaveURL(/\/today$/);
    await phone.goto("/mind/settings");
    const log = phone.getByTestId("access-log");
    await expect(log.getByRole("row").filter({ hasText: "Roster wellbeing signal" }).first()).toContainText("Taylor Trainer");
    await expect(log.getByRole("row").filter({ hasText: "overview" }).first()).toContainText("Share trends only");

    await share(/Share check-in scores/);
    await page.reload();
    const scores = page.getByRole("region", { name: "Wellbeing", exact: true });
    await expect(scores.getByRole("heading", { level: 3, name: "Last 14 days" })).toBeVisible();
    await expect(scores.getByRole("img", { name: /^Check-ins from .*: \d+ of 14 days\./ })).toBeVisible();
    await scores.getByText("Show as a table").click();
    const days = scores.getByRole("table", { name: /Shared check-ins of the last 14 days/ });
    await expect(days).toBeVisible();
    // Seeded every evening up to yesterday: a header row and a row a day.
    expect(await days.getByRole("row").count()).toBeGreaterThan(10);
    await expect(days).toContainText("Work");
    await expect(scores).toContainText(/Tags: Work \(\d+\)/);
    await expect(page.getByText("Deadline moved up a week.")).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
  } finally {
    // Back to the seeded "trends only" for the other specs (through the API, so a failure above is the
    // one reported, not hidden behind this one).
    await trpc(phone, "mind.setSharing", { level: "trends" }).catch((error: unknown) => console.warn("trainer-mind.spec: could not restore Maya's sharing", error));
    await memberContext.close();
  }
  await page.goto(mayaPage);
  await expect(page.getByRole("region", { name: "Wellbeing", exact: true })).toContainText("Maya shares trends only, not daily scores.");

  // Sam shares nothing: no data at all.
  await page.goto("/trainer/clients");
  await row("Sam").getByRole("link", { name: "Sam", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sam" })).toBeVisible();
  const samWellbeing = page.getByRole("region", { name: "Wellbeing", exact: true });
  await expect(samWellbeing).toContainText("Sam keeps their check-ins private.");
  await expect(samWellbeing.getByRole("table")).toHaveCount(0);
});
