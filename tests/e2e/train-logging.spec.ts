import { expect, test, type Page } from "@playwright/test";
import { demo, signIn, violations } from "./support";

async function addExercise(page: Page, query: string, name: string) {
  await page.getByRole("button", { name: "Add exercise" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an exercise" });
  await dialog.getByLabel("Search exercises").fill(query);
  await dialog.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
}

const setRows = (page: Page, exercise: string) => page.getByRole("list", { name: `Sets of ${exercise}` }).getByRole("listitem");

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("logs a whole workout, keeps logging offline, and stores each set exactly once", async ({ page, context }) => {
  await signIn(page, demo.sam); // Sam trains in lb
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/train");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Start an empty workout" }).click();
  await addExercise(page, "bench press", "Barbell Bench Press");

  const form = page.getByRole("form", { name: "Next set of Barbell Bench Press" });
  await form.getByLabel("Weight (lb)", { exact: true }).fill("135");
  await form.getByLabel("Reps", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Log set 1" }).click();
  // The next set is pre-filled from the last one: one tap each.
  await page.getByRole("button", { name: "Log set 2" }).click();
  await form.getByLabel("Weight (lb): more").click(); // +5 lb with the default 2.5 lb plates
  await page.getByRole("button", { name: "Log set 3" }).click();
  await expect(setRows(page, "Barbell Bench Press")).toHaveCount(3);
  await expect(setRows(page, "Barbell Bench Press").nth(2)).toContainText("140 lb × 5");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  // The third set beat the first two: a celebrated record once the server has it.
  await expect(page.getByText(/New personal record.*Heaviest weight/)).toBeVisible();
  await expect(page.getByTestId("set-sync").filter({ hasText: "Pending" })).toHaveCount(0);

  // No connection: three more sets are kept on the phone and marked pending.
  await context.setOffline(true);
  await form.getByLabel("Reps", { exact: true }).fill("4");
  await page.getByRole("button", { name: "Log set 4" }).click();
  await page.getByRole("button", { name: "Log set 5" }).click();
  await form.getByLabel("Reps", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Log set 6" }).click();
  await expect(setRows(page, "Barbell Bench Press")).toHaveCount(6);
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 3 changes saved on this phone");
  await expect(page.getByTestId("set-sync").filter({ hasText: "Pending" })).toHaveCount(3);

  // Back online, the first replayed write reaches the server but its answer is lost on the way back,
  // so the phone sends it again: the server must still store it once.
  let dropped = 0;
  await context.route("**/api/trpc/workouts.logSet*", async (route) => {
    if (dropped > 0) return route.continue();
    dropped += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  expect(dropped).toBe(1);
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await expect(page.getByTestId("set-sync").filter({ hasText: "Synced" })).toHaveCount(6);

  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByLabel("How hard was it? (RPE 1–10)").selectOption("8");
  await page.getByLabel("Duration (minutes)").fill("45");
  await page.getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByText("Workout saved: 6 sets, session load 360.")).toBeVisible();

  // What the server stored, read back from it.
  await page.getByRole("link", { name: /^Workout/ }).first().click();
  await expect(page.getByRole("heading", { name: "Workout", level: 1 })).toBeVisible();
  const stored = page.getByRole("listitem").filter({ hasText: /lb ×/ });
  await expect(stored).toHaveCount(6);
  await expect(stored).toHaveText([/135 lb × 5/, /135 lb × 5/, /140 lb × 5/, /140 lb × 4/, /140 lb × 4/, /140 lb × 3/]);
  await expect(page.getByText(/6 sets · 45 min · RPE 8 · load 360/)).toBeVisible();
});

test("the rest timer survives a reload and notifies through the service worker", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signIn(page, demo.sam);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/train");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Start an empty workout" }).click();
  await addExercise(page, "plank", "Plank");
  const form = page.getByRole("form", { name: "Next set of Plank" });
  await form.getByLabel("Minutes").fill("1");
  await form.getByLabel("Seconds").fill("0");
  await page.getByRole("button", { name: "Log set 1" }).click();

  const timer = page.getByRole("timer", { name: "Rest timer" });
  await expect(timer).toContainText("Rest · Plank");
  const before = await page.getByTestId("rest-remaining").textContent();
  expect(before).toMatch(/^[12]:\d\d$/);
  await page.reload();
  await expect(timer).toContainText("Rest · Plank");
  const after = (await page.getByTestId("rest-remaining").textContent()) ?? "";
  const seconds = (clock: string) => Number(clock.split(":")[0]) * 60 + Number(clock.split(":")[1]);
  expect(seconds(after)).toBeLessThanOrEqual(seconds(before ?? "0:00"));
  expect(seconds(after)).toBeGreaterThan(60);
  // The workout is still there after the reload, with its set.
  await expect(setRows(page, "Plank")).toHaveCount(1);

  // A short rest, to see the notification arrive from the service worker.
  await page.getByText("Rest, notes, remove").click();
  await page.getByLabel("Rest (seconds)").fill("2");
  await page.getByLabel("Exercise notes").focus();
  await page.getByRole("button", { name: "Log set 2" }).click();
  await expect(timer).toContainText("Rest over", { timeout: 10_000 });
  await expect
    .poll(async () => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications({ tag: "rest-timer" })).map((n) => n.title)), { timeout: 10_000 })
    .toEqual(["Rest over"]);
  expect(await violations(page)).toEqual([]);

  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByText(/Workout saved: 2 sets/)).toBeVisible();
  // The finish has reached the server (the queue is empty) before this browser context closes.
  await expect(page.getByTestId("sync-status")).toHaveCount(0);
});

test("starts today's program day with no signal; its sets line up with the server's entries", async ({ page, context }) => {
  await signIn(page, demo.sam);
  await expect(page).toHaveURL(/\/today$/);
  // Sam's program: one day, on today's weekday in his zone, started today.
  const { todayKey, weekday } = await page.evaluate(() => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" })
        .formatToParts(new Date())
        .map((part) => [part.type, part.value]),
    );
    return { todayKey: `${parts.year}-${parts.month}-${parts.day}`, weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday) + 1 };
  });
  const trpc = async (path: string, input: unknown) => {
    const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { result: { data: { json: Record<string, unknown> } } }).result.data.json;
  };
  const slot = (exerciseId: string, kg: number) => ({
    id: crypto.randomUUID(),
    kind: "single",
    exercises: [{ exerciseId, sets: [1, 2, 3].map(() => ({ type: "working", reps: { min: 5, max: 5 }, load: { kind: "absolute", kg } })), restSeconds: 90, progression: { kind: "linear", incrementKg: 2.5 }, notes: "" }],
  });
  const program = await trpc("programs.create", {
    content: { name: "Sam's A", description: "", weeks: [{ days: [{ name: "Heavy day", weekday, slots: [slot("barbell-back-squat", 61.23), slot("barbell-overhead-press", 29.48)] }] }] },
  });
  await trpc("programs.start", { programId: program.id, startDate: todayKey });

  await page.goto("/train");
  await expect(page.getByText("Sam's A · week 1 ·")).toBeVisible();
  await expect(page.getByText("135 lb × 5, 135 lb × 5, 135 lb × 5")).toBeVisible();
  await context.setOffline(true);
  await page.getByRole("button", { name: "Start Heavy day" }).click();
  await expect(page.getByRole("heading", { name: "Sam's A: Heavy day", level: 1 })).toBeVisible();
  const squat = page.getByRole("form", { name: "Next set of Barbell Back Squat" });
  await expect(squat.getByLabel("Weight (lb)", { exact: true })).toHaveValue("135");
  await page.getByRole("button", { name: "Log set 1" }).first().click();
  await page.getByRole("button", { name: "Log set 2" }).first().click();
  const press = page.getByRole("form", { name: "Next set of Barbell Overhead Press" });
  await expect(press.getByLabel("Weight (lb)", { exact: true })).toHaveValue("65");
  await press.getByRole("button", { name: "Log set 1" }).click();
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 4 changes");

  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByText(/Workout saved: 3 sets/)).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveCount(0);
  await page.getByRole("link", { name: "Sam's A: Heavy day" }).first().click();
  await expect(page.getByRole("heading", { name: "Barbell Back Squat" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /lb ×/ })).toHaveText([/135 lb × 5/, /135 lb × 5/, /65 lb × 5/]);

  // A workout can be deleted from its page (after a confirmation).
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete workout" }).click();
  await expect(page).toHaveURL(/\/train$/);
  await expect(page.getByRole("heading", { name: "Recent workouts" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Sam's A: Heavy day/ })).toHaveCount(0);
  await trpc("programs.stop", undefined);
});
