import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, violations } from "./support";

type Assignment = { copyId: string; clientName: string; startDate: string; active: boolean };

async function trpcQuery<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function trpcMutation(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok()).toBe(true);
}

test("a trainer assigns a template to a client, who finds it on Train; the same assignment again changes nothing", async ({ page, browser }) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/programs");
  const card = page.getByRole("list", { name: "Programs" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Beginner foundations", exact: true }) });
  await card.getByRole("link", { name: /^Edit/ }).click();
  await expect(page).toHaveURL(/\/trainer\/programs\/[a-f0-9]{24}$/);
  const programId = page.url().split("/").at(-1)!;

  // The seed assigned it to Sam eight weeks ago: remember that copy to put it back at the end.
  const section = page.getByRole("region", { name: "Clients on this program" });
  await expect(section.getByRole("list", { name: "Assignments" }).getByRole("listitem").filter({ hasText: "Sam" })).toContainText("running");
  const [seeded] = (await trpcQuery<{ assignments: Assignment[] }>(page, "trainerPrograms.assignments", { programId })).assignments;

  await section.getByRole("button", { name: "Assign to clients" }).click();
  const dialog = page.getByRole("dialog", { name: "Assign “Beginner foundations”" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Start date")).not.toHaveValue("");
  await dialog.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("Choose at least one client.");
  await dialog.getByRole("checkbox", { name: "Sam", exact: true }).check();
  await dialog.getByRole("button", { name: "Assign", exact: true }).click();
  const results = dialog.getByRole("list", { name: "Assignment results" });
  await expect(results).toContainText("Sam: Assigned");
  expect(await violations(page)).toEqual([]);
  // A second click (a retry) makes no second copy.
  await dialog.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(results).toContainText("Sam: Already had this version from that date");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("list", { name: "Assignments" }).getByRole("listitem")).toHaveCount(2);

  // Sam's Train page counts down to the new start (next Monday).
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signIn(sam, demo.sam);
  await expect(sam).toHaveURL(/\/today$/);
  await sam.goto("/train");
  await expect(sam.getByText(/Beginner foundations starts in \d+ days?\./)).toBeVisible();
  await samContext.close();

  // Put Sam back on the seeded copy (his trainer may start his programs), so other journeys find the seed as it was.
  await trpcMutation(page, "programs.start", { programId: seeded.copyId, startDate: seeded.startDate });
});
