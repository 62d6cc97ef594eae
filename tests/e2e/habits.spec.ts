import { expect, test, type Page } from "@playwright/test";
import { signUpAndOnboard, violations } from "./support";

async function signUpFreshMember(page: Page) {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Robin");
}

const addDays = (dayKey: string, days: number) => {
  const date = new Date(`${dayKey}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const card = (page: Page, name: string) => page.getByTestId("habit-card").filter({ has: page.getByRole("heading", { name, level: 3 }) });

test("creates habits, checks them off, sees strength and streak move, back-fills and logs offline exactly once", async ({ page, context }) => {
  await signUpFreshMember(page);
  await expect(page.getByText("No habits yet.")).toBeVisible();

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Habits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Habits" })).toBeVisible();
  expect(await violations(page), "/habits empty").toEqual([]);
  await page.getByRole("link", { name: "Create your first habit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New habit" })).toBeVisible();

  // Nothing typed is lost on an error; the errors name the fields.
  await page.getByLabel("After I…").fill("brush my teeth");
  await page.getByRole("button", { name: "Create habit" }).click();
  await expect(page.getByText("Name the habit")).toBeVisible();
  await expect(page.getByText("Fill in both parts of the plan, or neither")).toBeVisible();
  await expect(page.getByLabel("After I…")).toHaveValue("brush my teeth");

  // A daily yes/no habit with a cue that started a week ago (so a past day can be back-filled).
  const todayKey = await page.getByLabel("Start date").inputValue();
  expect(todayKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel("Habit", { exact: true }).fill("Stretch");
  await page.getByLabel("I will…").fill("stretch for two minutes");
  await page.getByLabel("Start date").fill(addDays(todayKey, -7));
  await page.getByRole("button", { name: "Add a reminder" }).click();
  await expect(page.getByLabel("Reminder 1 time")).toHaveValue("08:00");
  await page.getByLabel("Routine (optional)").fill("Morning routine");
  await page.getByRole("button", { name: "Create habit" }).click();
  await expect(page).toHaveURL(/\/habits$/);

  const stretch = card(page, "Stretch");
  await expect(page.getByRole("heading", { level: 2, name: "Morning routine" })).toBeVisible();
  await expect(stretch).toContainText("After I brush my teeth, I will stretch for two minutes");
  await expect(stretch.getByTestId("habit-strength")).toHaveText("0%");
  await expect(stretch.getByTestId("habit-streak")).toHaveText("0");

  // One tap: done, and strength and streak move once the server has it.
  const checkStretch = stretch.getByRole("button", { name: "Check off Stretch" });
  await checkStretch.click();
  await expect(checkStretch).toHaveAttribute("aria-pressed", "true");
  await expect(stretch.getByTestId("habit-strength")).toHaveText("5%");
  await expect(stretch.getByTestId("habit-streak")).toHaveText("1");
  // Tapping again takes it back.
  await checkStretch.click();
  await expect(checkStretch).toHaveAttribute("aria-pressed", "false");
  await expect(stretch.getByTestId("habit-strength")).toHaveText("0%");
  await expect(stretch.getByTestId("habit-streak")).toHaveText("0");
  await checkStretch.click();
  await expect(stretch.getByTestId("habit-streak")).toHaveText("1");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  expect(await violations(page), "/habits").toEqual([]);

  // The detail page: back-fill yesterday on the calendar.
  await stretch.getByRole("link", { name: "Stretch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stretch" })).toBeVisible();
  await expect(page.getByTestId("habit-horizon")).toHaveText("Day 8 of about 66");
  await expect(page.getByTestId("habit-streak")).toHaveText("1");
  const yesterday = addDays(todayKey, -1);
  const yesterdayCell = page.locator(`[data-day-key="${yesterday}"]`);
  await expect(yesterdayCell).toHaveAttribute("data-status", "missed");
  await yesterdayCell.getByRole("button").click();
  await page.getByRole("button", { name: /^Check off Stretch on / }).click();
  await expect(yesterdayCell).toHaveAttribute("data-status", "done");
  await expect(page.getByTestId("habit-streak")).toHaveText("2");
  await expect(page.getByTestId("habit-best-streak")).toHaveText("2");
  await expect(page.getByRole("img", { name: "Habit strength 10%" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Strength from .*: 0% to 10%, highest 10%$/ })).toBeVisible();
  expect(await violations(page), "/habits/[id]").toEqual([]);

  // A numeric habit with a target, on chosen weekdays (all seven, so today is one).
  await page.goto("/habits/new");
  await page.getByLabel("Habit", { exact: true }).fill("Drink water");
  await page.getByText("A number", { exact: true }).click();
  await page.getByLabel("Daily target").fill("8");
  await page.getByLabel("Unit").fill("glasses");
  await page.getByText("On chosen weekdays").click();
  await page.getByRole("checkbox", { name: "Saturday" }).check({ force: true });
  await page.getByRole("checkbox", { name: "Sunday" }).check({ force: true });
  await page.getByLabel("Routine (optional)").fill("Morning routine");
  await page.getByRole("button", { name: "Create habit" }).click();
  await expect(page).toHaveURL(/\/habits$/);
  const water = card(page, "Drink water");
  await expect(water).toContainText("Every day · 8 glasses");
  await expect(water.getByTestId("habit-amount")).toHaveText("0 of 8 glasses");
  for (let i = 0; i < 3; i += 1) await water.getByRole("button", { name: "Drink water: 1 more" }).click();
  await expect(water.getByTestId("habit-amount")).toHaveText("3 of 8 glasses");
  await water.getByLabel("Drink water amount (glasses)").fill("8");
  await water.getByRole("button", { name: "Save" }).click();
  await expect(water.getByTestId("habit-amount")).toHaveText("8 of 8 glasses · target reached");
  await expect(water.getByTestId("habit-streak")).toHaveText("1");

  // Today shows the routine; take Stretch back online, then check it off with no signal. (Habits has a
  // "Morning routine" list too: wait for Today before tapping.)
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { level: 2, name: "Today's habits" })).toBeVisible();
  const routine = page.getByRole("list", { name: "Morning routine" });
  await expect(routine.getByRole("link")).toHaveText(["Stretch", "Drink water"]);
  const todayStretch = routine.getByRole("button", { name: "Check off Stretch" });
  await expect(todayStretch).toHaveAttribute("aria-pressed", "true");
  await todayStretch.click();
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  await expect(page.getByTestId("today-habits-done")).toHaveText("1 of 2 done");

  await context.setOffline(true);
  await todayStretch.click();
  await expect(todayStretch).toHaveAttribute("aria-pressed", "true");
  await expect(routine.getByTestId("habit-sync")).toHaveText("Pending");
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 1 change saved on this phone");

  // Back online, the replayed check-in reaches the server but its answer is lost, so it is sent
  // again: the per-day upsert still stores it once.
  let dropped = 0;
  await context.route("**/api/trpc/habits.checkIn*", async (route) => {
    if (dropped > 0) return route.continue();
    dropped += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  expect(dropped).toBe(1);
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await expect(routine.getByTestId("habit-sync")).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("list", { name: "Morning routine" }).getByRole("button", { name: "Check off Stretch" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("today-habits-done")).toHaveText("2 of 2 done");
  await page.goto("/habits");
  await expect(card(page, "Stretch").getByTestId("habit-streak")).toHaveText("2");
  await expect(card(page, "Stretch").getByTestId("habit-strength")).toHaveText("10%");

  // Edit, pause and archive (online-only edits of the definition).
  await card(page, "Drink water").getByRole("link", { name: "Drink water" }).click();
  await page.getByRole("button", { name: "Edit habit" }).click();
  await expect(page.getByLabel("Daily target")).toHaveValue("8");
  await page.getByLabel("Daily target").fill("10");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Every day · target 10 glasses · Morning routine")).toBeVisible();
  await expect(page.getByTestId("habit-today-status")).toHaveText("Partly done");
  await page.getByText("Pause (holiday, illness)").click();
  await page.getByRole("button", { name: "Pause habit" }).click();
  await expect(page.getByTestId("habit-today-status")).toHaveText("Paused");
  await page.getByRole("button", { name: "Archive habit" }).click();
  await page.getByRole("button", { name: "Yes, archive" }).click();
  await expect(page).toHaveURL(/\/habits$/);
  await expect(card(page, "Stretch")).toBeVisible();
  await expect(card(page, "Drink water")).toHaveCount(0);
});

/** The habit writes waiting in this phone's outbox (IndexedDB), oldest first. */
const queuedHabitWrites = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<{ path: string; input: { dayKey: string; value?: number } }>>((resolve, reject) => {
        const request = indexedDB.open("character-coach");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction("outbox").objectStore("outbox").getAll();
          all.onsuccess = () => {
            resolve(all.result.filter((write: { path: string }) => write.path.startsWith("habits.")).map(({ path, input }: { path: string; input: { dayKey: string } }) => ({ path, input })));
            request.result.close();
          };
        };
      }),
  );

test("after midnight, today's button is for the new day, never yesterday: a fresh page is awaited online, the day rolls over offline", async ({ page, context }) => {
  // The page's clock runs from now (and can jump); the server's stays real.
  await page.clock.install();
  await signUpFreshMember(page);
  await page.goto("/habits/new");
  await page.getByLabel("Habit", { exact: true }).fill("Read a page");
  await page.getByRole("button", { name: "Create habit" }).click();
  await expect(page).toHaveURL(/\/habits$/);
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Today" }).click();
  // The Habits page has a button of the same name: tap only once Today is shown (a tap while the
  // navigation is in flight lands on Habits, and a refresh it starts can supersede the navigation).
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByTestId("today-habits-done")).toHaveText("0 of 1 done");
  const read = page.getByRole("button", { name: "Check off Read a page" });
  await read.click();
  await expect(read).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");

  // The app stays open on Today overnight. The member's zone is this browser's (detected at sign-up).
  const { untilMidnight, tomorrow } = await page.evaluate(() => {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1);
    const pad = (n: number) => String(n).padStart(2, "0");
    return { untilMidnight: next.getTime() - now.getTime(), tomorrow: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}` };
  });
  const [year, month, day] = tomorrow.split("-").map(Number);
  const tomorrowLabel = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
  // The new day's page is held back like a slow network, so the wait is seen for as long as it lasts
  // (on a fast server the answer would come at once, and it is still this server's today).
  let releaseRefresh = () => {};
  const refreshHeld = new Promise<void>((resolve) => (releaseRefresh = resolve));
  let refreshes = 0;
  await context.route(
    (url) => url.pathname === "/today" && url.searchParams.has("_rsc"),
    async (route) => {
      if (route.request().headers()["next-router-prefetch"]) return route.fallback();
      refreshes += 1;
      await refreshHeld;
      await route.fallback().catch(() => {});
    },
  );
  await page.clock.fastForward(untilMidnight);
  await expect(page.getByTestId("today-date")).toHaveText(tomorrowLabel);
  // Online: nothing to tap while the new day's page is fetched.
  await expect(page.getByTestId("habit-new-day")).toBeVisible();
  await expect(read).toHaveCount(0);
  await expect.poll(() => refreshes).toBe(1);
  // The page does not come in time: the day rolls over on the phone after a wait. The late page, made
  // on this server's today, then arrives; the phone's day stays the new one.
  await expect(read).toHaveAttribute("aria-pressed", "false", { timeout: 20_000 });
  const lateAnswer = page.waitForResponse((response) => new URL(response.url()).pathname === "/today" && response.request().headers()["rsc"] === "1" && !response.request().headers()["next-router-prefetch"]);
  releaseRefresh();
  expect((await lateAnswer).ok()).toBe(true);
  await expect(page.getByTestId("today-date")).toHaveText(tomorrowLabel);
  await expect(read).toHaveAttribute("aria-pressed", "false");
  await context.unrouteAll({ behavior: "ignoreErrors" });

  // With no signal, the tap is queued for the new day.
  await context.setOffline(true);
  await read.click();
  await expect(read).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("today-habits-done")).toHaveText("1 of 1 done");
  expect(await queuedHabitWrites(page)).toEqual([{ path: "habits.checkIn", input: expect.objectContaining({ dayKey: tomorrow, value: 1 }) }]);
});
