import { expect, test, type Page } from "@playwright/test";
import mongoose from "mongoose";
import { hydrated, signUpAndOnboard, violations } from "./support";

let db: mongoose.Connection;
test.beforeAll(async () => {
  db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
});
test.afterAll(async () => {
  await db?.close();
});

const userIdOf = async (page: Page) => page.evaluate(async () => (await (await fetch("/api/auth/session")).json()).user.id as string);

test("the journal: a prompted entry is kept, found by search, edited, deleted for good, and written with no signal exactly once", async ({ page, context }) => {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Jo");
  const userId = await userIdOf(page);
  const journal = () => db.collection("mind_journal").find({ userId: new mongoose.Types.ObjectId(userId) }).toArray();

  await page.goto("/mind");
  await hydrated(page);
  await page.getByRole("link", { name: "Open your journal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  await expect(page.getByText("Only you can read your journal. It is stored encrypted and is never shared with your trainer.")).toBeVisible();
  await expect(page.getByRole("link", { name: "← Mind" })).toHaveAttribute("href", "/mind");
  await expect(page.getByText("No entries yet.")).toBeVisible();
  expect(await violations(page), "empty journal").toEqual([]);

  // The gratitude prompt's question labels the text box.
  await expect(page.getByLabel("Your entry")).toBeVisible();
  await page.getByLabel("Prompt (optional)").selectOption({ label: "Gratitude" });
  await page.getByLabel("What are you grateful for today?").fill("Thankful for the morning swim with Sam");
  await expect(page.getByText("38 of 10,000 characters")).toBeVisible();
  await page.getByRole("button", { name: "Save entry" }).click();

  const entries = page.getByTestId("journal-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Gratitude");
  await expect(entries.first()).toContainText("Thankful for the morning swim with Sam");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  // The server's answer replaces the phone's copy in place.
  await expect(page.getByTestId("journal-entry-sync")).toHaveCount(0);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Thankful for the morning swim with Sam");
  // The form is empty again, back to free writing.
  await expect(page.getByLabel("Your entry")).toHaveValue("");
  await expect(page.getByText(/^Today, /)).toBeVisible();
  expect(await violations(page), "journal with an entry").toEqual([]);

  await page.reload();
  await hydrated(page);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Thankful for the morning swim with Sam");
  // Stored encrypted: the raw document holds no plaintext.
  const [stored] = await journal();
  expect(stored.prompt).toBe("gratitude");
  expect(JSON.stringify(stored)).not.toContain("swim");

  // Search (on the server, which decrypts): a word of the entry finds it, another word finds nothing.
  const searchBox = page.getByRole("searchbox", { name: "Search your journal" });
  await searchBox.fill("SWIM");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const results = page.getByTestId("journal-search-results");
  await expect(results).toContainText("1 entry with “SWIM”");
  await expect(results.getByTestId("journal-entry")).toContainText("Thankful for the morning swim with Sam");
  await searchBox.fill("volcano");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(results).toContainText("No entries contain “volcano”.");
  await expect(results.getByTestId("journal-entry")).toHaveCount(0);
  expect(await violations(page), "search results").toEqual([]);
  await page.getByRole("button", { name: "Clear search" }).click();
  await expect(results).toHaveCount(0);
  await expect(searchBox).toHaveValue("");
  await expect(entries).toHaveCount(1);

  // Edit: the prompt stays unless changed.
  await entries.first().getByRole("button", { name: /^Edit the entry/ }).click();
  const editBox = entries.first().getByLabel("What are you grateful for today?");
  await expect(editBox).toHaveValue("Thankful for the morning swim with Sam");
  await editBox.fill("Thankful for the morning swim and the sunshine");
  await entries.first().getByRole("button", { name: "Save changes" }).click();
  await expect(entries.first()).toContainText("Thankful for the morning swim and the sunshine");
  await expect(entries.first().getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await page.reload();
  await hydrated(page);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Thankful for the morning swim and the sunshine");
  await expect(entries.first()).toContainText("Gratitude");

  // Delete, after a confirmation: gone at once and after a reload, and no text is left in the database.
  await entries.first().getByRole("button", { name: /^Delete the entry/ }).click();
  const confirm = page.getByRole("group", { name: /^Delete the entry/ });
  await expect(confirm).toContainText("Delete this entry for good?");
  await confirm.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(entries).toHaveCount(0);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await page.reload();
  await hydrated(page);
  await expect(page.getByText("No entries yet.")).toBeVisible();
  await expect(entries).toHaveCount(0);
  const afterDelete = await journal();
  expect(afterDelete).toHaveLength(1);
  expect(afterDelete[0].deletedAt).toBeInstanceOf(Date);
  expect(afterDelete[0].text).toBeUndefined();

  // With no signal: the entry shows at once as Pending, waits on the phone, and reaches the server once.
  const adds: number[] = [];
  page.on("response", (response) => {
    if (response.url().includes("mind.journalAdd")) adds.push(response.status());
  });
  await context.setOffline(true);
  await page.getByLabel("Your entry").fill("Offline thought: rest days count too");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Offline thought: rest days count too");
  await expect(entries.first().getByTestId("journal-entry-sync")).toHaveText("Pending");
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 1 change saved on this phone");
  // Search says plainly that it needs a connection.
  await expect(page.getByText("You are offline. Search needs a connection")).toBeVisible();
  await searchBox.fill("rest");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("Search for “rest” will run when you are back online.")).toBeVisible();
  await page.getByRole("button", { name: "Clear search" }).click();
  expect(await violations(page), "offline with a pending entry").toEqual([]);
  expect(adds).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  await expect(page.getByTestId("journal-entry-sync")).toHaveCount(0);
  await expect(entries).toHaveCount(1);
  await page.reload();
  await hydrated(page);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Offline thought: rest days count too");
  expect(adds).toEqual([200]);
  const live = (await journal()).filter((entry) => !entry.deletedAt);
  expect(live).toHaveLength(1);
  expect(JSON.stringify(live)).not.toContain("rest days");
});
