import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, signUpAndOnboard, violations } from "./support";
import { barcodePng } from "./support-barcode";

const kcal = (value: number) => `${value.toLocaleString("en-GB")} kcal`;

async function openEatAsFreshMember(page: Page) {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Robin");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Eat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Eat today" })).toBeVisible();
}

/** The day's energy target as the screen states it ("0 of 2,345 kcal"). */
async function energyTarget(page: Page): Promise<number> {
  const text = await page.locator("#energy-label").innerText();
  const match = /of ([\d,]+) kcal/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1].replace(/,/g, ""));
}

const eaten = (page: Page) => page.getByTestId("energy-eaten");
const meal = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("finds a food despite a typo, logs a serving, sees the totals move and keeps it after a reload", async ({ page }) => {
  await openEatAsFreshMember(page);
  // An empty day against the targets worked out from the profile (Mifflin–St Jeor).
  await expect(eaten(page)).toHaveText("0");
  const target = await energyTarget(page);
  expect(target).toBeGreaterThanOrEqual(1_200);
  expect(target).toBeLessThanOrEqual(4_000);
  await expect(page.getByTestId("energy-left")).toHaveText(`${kcal(target)} left`);
  await expect(meal(page, "Breakfast").getByText("Nothing logged yet.")).toBeVisible();
  expect(await violations(page), "/eat empty").toEqual([]);

  await meal(page, "Breakfast").getByRole("button", { name: "Add food to Breakfast" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Add food" })).toBeVisible();
  await expect(dialog.getByLabel("Search foods")).toBeFocused();
  expect(await violations(page), "Add food dialog").toEqual([]);

  // "banan" is a typo: the server's fuzzy search still finds the shipped "Banana, raw" (89 kcal per 100 g).
  await dialog.getByLabel("Search foods").fill("banan");
  const banana = dialog.getByRole("button").filter({ has: page.getByText("Banana, raw", { exact: true }) });
  await expect(banana).toContainText("89 kcal per 100 g");
  await banana.click();
  // One medium banana (118 g) by default: 89 × 1.18 = 105.02 → 105 kcal.
  await expect(dialog.getByLabel("Unit")).toHaveValue("1 medium");
  await expect(dialog.getByTestId("amount-preview")).toContainText("105 kcal");
  await dialog.getByRole("button", { name: "Log", exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(eaten(page)).toHaveText("105");
  await expect(page.getByTestId("energy-left")).toHaveText(`${kcal(target - 105)} left`);
  await expect(meal(page, "Breakfast")).toContainText("1 × 1 medium (118 g)");
  await expect(meal(page, "Breakfast")).toContainText("105 kcal");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  expect(await violations(page), "/eat with an entry").toEqual([]);

  await page.reload();
  await expect(eaten(page)).toHaveText("105");
  await expect(meal(page, "Breakfast")).toContainText("Banana, raw");

  // Recent foods: one tap logs the banana again with its last amount (105 + 105 = 210 kcal).
  await meal(page, "Snacks").getByRole("button", { name: "Add food to Snacks" }).click();
  await dialog.getByRole("button", { name: /^Log Banana, raw/ }).click();
  await expect(dialog.getByText("Logged 1 × 1 medium (118 g) Banana, raw (105 kcal) to Snacks.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(eaten(page)).toHaveText("210");

  // Tap an entry to change its amount: 2 bananas in snacks (236 g → 210 kcal), 315 kcal in all.
  await meal(page, "Snacks").getByRole("button", { name: /Banana, raw/ }).click();
  await meal(page, "Snacks").getByLabel("Amount").fill("2");
  await meal(page, "Snacks").getByRole("button", { name: "Save" }).click();
  await expect(meal(page, "Snacks")).toContainText("2 × 1 medium (236 g)");
  await expect(eaten(page)).toHaveText("315");
  // And remove it, after a confirmation.
  await meal(page, "Snacks").getByRole("button", { name: /Banana, raw/ }).click();
  await meal(page, "Snacks").getByRole("button", { name: "Remove…" }).click();
  await meal(page, "Snacks").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(meal(page, "Snacks").getByText("Nothing logged yet.")).toBeVisible();
  await expect(eaten(page)).toHaveText("105");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await page.reload();
  await expect(eaten(page)).toHaveText("105");
});

test("scans a barcode from a photo, creates the unknown food, logs it, and finds it on the next scan", async ({ page }) => {
  await openEatAsFreshMember(page);
  const gtin = "4006381333931";
  const photo = { name: "pack.png", mimeType: "image/png", buffer: await barcodePng(gtin) };
  const dialog = page.getByRole("dialog");

  await meal(page, "Snacks").getByRole("button", { name: "Add food to Snacks" }).click();
  await dialog.getByRole("button", { name: "Scan barcode" }).click();
  // Headless Linux Chromium has no BarcodeDetector: the zxing fallback reads the photo.
  await dialog.getByLabel("Scan from a photo").setInputFiles(photo);
  await expect(dialog.getByRole("heading", { name: "Create this food" })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText(`Barcode ${gtin} is not in our foods yet.`)).toBeVisible();
  expect(await violations(page), "Create this food").toEqual([]);

  await expect(dialog.getByLabel("Barcode (optional)")).toHaveValue(gtin);
  await dialog.getByLabel("Name", { exact: true }).fill("Trail mix bar");
  await dialog.getByRole("button", { name: "Add a serving size" }).click();
  await dialog.getByLabel("Serving 1 name").fill("1 bar");
  await dialog.getByLabel("Serving 1 grams").fill("40");
  await dialog.getByLabel("Energy (kcal)").fill("450");
  await dialog.getByLabel("Protein (g)").fill("10");
  await dialog.getByLabel("Carbohydrate (g)").fill("55");
  await dialog.getByLabel("Fat (g)").fill("20");
  await dialog.getByLabel("Fibre (g)").fill("6");
  await dialog.getByRole("button", { name: "Create food" }).click();

  // One 40 g bar of a 450 kcal per 100 g food: 180 kcal.
  await expect(dialog.getByRole("heading", { name: "How much?" })).toBeVisible();
  await expect(dialog.getByTestId("amount-preview")).toContainText("180 kcal");
  await dialog.getByRole("button", { name: "Log", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(eaten(page)).toHaveText("180");
  await expect(meal(page, "Snacks")).toContainText("Trail mix bar");
  await expect(meal(page, "Snacks")).toContainText("1 × 1 bar (40 g)");

  // The same pack again: found at once, straight to the amount.
  await meal(page, "Snacks").getByRole("button", { name: "Add food to Snacks" }).click();
  await dialog.getByRole("button", { name: "Scan barcode" }).click();
  await dialog.getByLabel("Scan from a photo").setInputFiles(photo);
  await expect(dialog.getByRole("heading", { name: "How much?" })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText("Trail mix bar", { exact: true })).toBeVisible();
  await dialog.getByLabel("Amount", { exact: true }).fill("0.5");
  await expect(dialog.getByTestId("amount-preview")).toContainText("90 kcal");
  await dialog.getByRole("button", { name: "Log", exact: true }).click();
  await expect(eaten(page)).toHaveText("270");
});

test("quick add and water change the totals, and both work offline and sync exactly once", async ({ page, context }) => {
  await openEatAsFreshMember(page);
  const dialog = page.getByRole("dialog");
  const target = await energyTarget(page);

  await meal(page, "Lunch").getByRole("button", { name: "Add food to Lunch" }).click();
  await dialog.getByRole("button", { name: "Quick add" }).click();
  await dialog.getByLabel("Calories (kcal)").fill("650");
  await dialog.getByLabel("Protein (g)").fill("30");
  await dialog.getByLabel("Name (optional)").fill("Burrito at the canteen");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(eaten(page)).toHaveText("650");
  await expect(page.getByTestId("energy-left")).toHaveText(`${kcal(target - 650)} left`);
  await expect(meal(page, "Lunch")).toContainText("Burrito at the canteen");

  // Water in ml for a kg member: two glasses, one taken back.
  await page.getByRole("button", { name: "+250 ml of water" }).click();
  await page.getByRole("button", { name: "+500 ml of water" }).click();
  await expect(page.getByTestId("water-total")).toContainText("750 ml of 2,500 ml");
  await page.getByRole("button", { name: "Remove last" }).click();
  await expect(page.getByTestId("water-total")).toContainText("250 ml of 2,500 ml");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");

  // Yesterday's breakfast, copied to today in one tap.
  await page.getByRole("link", { name: /^Previous day/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Yesterday" })).toBeVisible();
  await expect(eaten(page)).toHaveText("0");
  await meal(page, "Breakfast").getByRole("button", { name: "Add food to Breakfast" }).click();
  await dialog.getByRole("button", { name: "Quick add" }).click();
  await dialog.getByLabel("Calories (kcal)").fill("350");
  await dialog.getByLabel("Name (optional)").fill("Porridge");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(eaten(page)).toHaveText("350");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await page.getByRole("link", { name: /^Next day/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Eat today" })).toBeVisible();
  await expect(eaten(page)).toHaveText("650");
  await meal(page, "Breakfast").getByRole("button", { name: "Copy yesterday's breakfast" }).click();
  await expect(meal(page, "Breakfast")).toContainText("Porridge");
  await expect(eaten(page)).toHaveText("1,000");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");

  // Offline: the page opens from the phone's copy, a quick add and a glass wait on the phone.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // the service worker keeps this copy of /eat
  await expect(eaten(page)).toHaveText("1,000");
  await context.setOffline(true);
  await page.reload();
  await expect(eaten(page)).toHaveText("1,000");
  await meal(page, "Dinner").getByRole("button", { name: "Add food to Dinner" }).click();
  // Search needs the network: the dialog says so and offers Quick add.
  await dialog.getByLabel("Search foods").fill("rice");
  await expect(dialog.getByText("You're offline: search needs a connection.")).toBeVisible();
  await dialog.getByRole("button", { name: "Quick add calories" }).click();
  await dialog.getByLabel("Calories (kcal)").fill("400");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("button", { name: "+250 ml of water" }).click();
  await expect(eaten(page)).toHaveText("1,400");
  await expect(page.getByTestId("water-total")).toContainText("500 ml of 2,500 ml");
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 2 changes saved on this phone");

  // Back online, the quick add reaches the server but its answer is lost: sent again, stored once.
  let dropped = 0;
  await context.route("**/api/trpc/diary.quickAdd*", async (route) => {
    if (dropped > 0) return route.continue();
    dropped += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  expect(dropped).toBe(1);
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload();
  await expect(eaten(page)).toHaveText("1,400");
  await expect(page.getByTestId("water-total")).toContainText("500 ml of 2,500 ml");
  await expect(meal(page, "Dinner")).toContainText("400 kcal");
  expect(await violations(page), "/eat after syncing").toEqual([]);
});

test("a member who weighs in lb counts water in fl oz and sees their logged week", async ({ page }) => {
  await signIn(page, demo.sam); // lb; seeded with a month of meals up to yesterday and a 3,000 ml water target
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/eat");
  // 3,000 ml ÷ 29.5735 ml per fl oz = 101.4 → 101 fl oz.
  await expect(page.getByTestId("water-total")).toContainText("0 fl oz of 101 fl oz");
  // +8 fl oz is stored as 237 ml (8 × 29.5735 = 236.6), shown again as 8 fl oz; then taken back.
  await page.getByRole("button", { name: "+8 fl oz of water" }).click();
  await expect(page.getByTestId("water-total")).toContainText("8 fl oz of 101 fl oz");
  await page.getByRole("button", { name: "Remove last" }).click();
  await expect(page.getByTestId("water-total")).toContainText("0 fl oz of 101 fl oz");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await expect(page.getByTestId("week-summary")).toContainText(/over [1-6] logged days?/);
  await page.getByText("Show the numbers").click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(8);
  expect(await violations(page), "/eat with a logged week").toEqual([]);
});
