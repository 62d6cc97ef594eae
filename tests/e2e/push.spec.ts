import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import mongoose from "mongoose";
import { demo, signIn, deliverPush, trpc } from "./support";
import { FakePushService } from "./support-push";

// Web Push end to end with no internet: the subscription is made here in Node (a P-256 key pair and
// an auth secret, as a browser's push service would hold them) and its endpoint is a local HTTP server.
// The app's real scheduler and sender encrypt and post the reminder to it; the test decrypts it with
// http_ece, then hands the plaintext to the real service worker through the DevTools protocol, as the
// browser's push service would, and acts on the notification it shows.

async function activeServiceWorker(page: Page, context: BrowserContext) {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return worker;
}

const notificationsTagged = (page: Page, tag: string) =>
  page.evaluate(async (tag) => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).map((n) => ({ title: n.title, body: n.body, actions: (n as Notification & { actions: Array<{ title: string }> }).actions.map((a) => a.title) })), tag);

/**
 * Delivers a push and waits for its notification. Now and then (about one run in ten here) a message
 * handed over through DevTools shows nothing at all; a real push service redelivers what was not
 * acknowledged, so the test delivers again. The same tag replaces, so the worker never shows two.
 */
async function pushAndSee(page: Page, data: string, tag: string) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await deliverPush(page, data);
    const shown = await expect
      .poll(() => notificationsTagged(page, tag).then((list) => list.length), { timeout: 5_000 })
      .toBe(1)
      .then(() => true, () => false);
    if (shown) return notificationsTagged(page, tag);
    console.warn(`push.spec: notification ${tag} not shown after delivery ${attempt}; delivering again`);
  }
  throw new Error(`the service worker never showed ${tag}`);
}

const todayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

let db: mongoose.Connection;
test.beforeAll(async () => {
  db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
});
test.afterAll(async () => {
  await db?.close();
});

test("a reminder is pushed, shown by the service worker, and its Done button checks the habit off", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  const push = new FakePushService();
  const endpoint = await push.start();
  try {
    await signIn(page, demo.sam); // no seeded habits, so no other reminder reaches this test's endpoint
    await expect(page).toHaveURL(/\/today$/);
    const worker = await activeServiceWorker(page, context);

    const today = todayIn("America/New_York"); // Sam's zone
    const name = `Stretch ${randomUUID().slice(0, 6)}`;
    const habit = await trpc<{ id: string }>(page, "habits.create", {
      name,
      type: "boolean",
      target: 1,
      schedule: { kind: "daily" },
      cue: { after: "brush my teeth", will: "stretch for two minutes" },
      startDate: today,
      reminders: ["07:30"],
    });
    await trpc(page, "push.subscribe", { endpoint, keys: push.keys(), deviceLabel: "Test phone" });

    // The scheduler polls every second in e2e (playwright.config.ts). Make the habit's next reminder due now.
    const jobId = `habit:${habit.id}`;
    await expect.poll(async () => Boolean(await db.collection("reminder_jobs").findOne({ _id: jobId as never })), { timeout: 10_000 }).toBe(true);
    const arrived = push.next();
    await db.collection("reminder_jobs").updateOne({ _id: jobId as never }, { $set: { dueAt: new Date(), dayKey: today, time: "07:30" } });
    const message = await arrived;

    // What the push service got: encrypted (aes128gcm), signed with the app's VAPID key, with a lifetime.
    expect(message.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(message.headers.ttl)).toBeGreaterThan(0);
    const { publicKey } = await trpc<{ publicKey: string }>(page, "push.vapidPublicKey", undefined, "query");
    expect(message.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));
    const plaintext = push.decrypt(message);
    const payload = JSON.parse(plaintext);
    expect(payload).toMatchObject({
      type: "habit-reminder",
      habitId: habit.id,
      dayKey: today,
      title: name,
      body: "After I brush my teeth, I will stretch for two minutes",
      url: `/habits/${habit.id}`,
      tag: `habit-${habit.id}-${today}`,
      done: { value: 1 },
    });

    // The service worker shows it with Done and Snooze.
    expect(await pushAndSee(page, plaintext, payload.tag)).toEqual([
      { title: name, body: "After I brush my teeth, I will stretch for two minutes", actions: ["Done", "Snooze 1 h"] },
    ]);

    // "Done", run inside the worker exactly as a tap on the button runs it: the habit is done today.
    await worker.evaluate(async (tag) => {
      const scope = self as unknown as ServiceWorkerGlobalScope & { coachHandleReminderAction: (n: Notification, action: string) => Promise<void> };
      const [notification] = await scope.registration.getNotifications({ tag });
      await scope.coachHandleReminderAction(notification, "done");
    }, payload.tag);
    const view = await trpc<{ today: { status: string; dayKey: string } }>(page, "habits.get", { habitId: habit.id }, "query");
    expect(view.today).toMatchObject({ status: "done", dayKey: today });
    expect(await notificationsTagged(page, payload.tag)).toEqual([]);
    expect(await db.collection("habit_checkins").countDocuments({ habitId: new mongoose.Types.ObjectId(habit.id) })).toBe(1);

    // The same reminder again (a push service may redeliver): Snooze asks for it again in an hour.
    await pushAndSee(page, plaintext, payload.tag);
    const beforeSnooze = Date.now();
    await worker.evaluate(async (tag) => {
      const scope = self as unknown as ServiceWorkerGlobalScope & { coachHandleReminderAction: (n: Notification, action: string) => Promise<void> };
      const [notification] = await scope.registration.getNotifications({ tag });
      await scope.coachHandleReminderAction(notification, "snooze");
    }, payload.tag);
    const snoozed = await db.collection("reminder_jobs").findOne({ _id: `snooze:${habit.id}:${today}` as never });
    expect(snoozed).not.toBeNull();
    const snoozedFor = (snoozed!.dueAt as Date).getTime() - beforeSnooze;
    expect(snoozedFor).toBeGreaterThan(59 * 60_000);
    expect(snoozedFor).toBeLessThan(61 * 60_000);

    // A tap on the notification itself opens the habit.
    await pushAndSee(page, plaintext, payload.tag);
    await worker.evaluate(async (tag) => {
      const scope = self as unknown as ServiceWorkerGlobalScope & { coachHandleReminderAction: (n: Notification, action: string) => Promise<void> };
      const [notification] = await scope.registration.getNotifications({ tag });
      await scope.coachHandleReminderAction(notification, "");
    }, payload.tag);
    await expect(page).toHaveURL(new RegExp(`/habits/${habit.id}$`));

    // Checked in once, however many times the reminder arrived.
    expect(await db.collection("habit_checkins").countDocuments({ habitId: new mongoose.Types.ObjectId(habit.id) })).toBe(1);
    expect(push.received).toHaveLength(1);

    // Settings lists the device and removes it (a lost phone stops getting reminders).
    await page.goto("/settings");
    const devices = page.getByRole("list", { name: "Devices that get reminders" });
    await expect(devices).toContainText("Test phone");
    await devices.getByRole("button", { name: "Remove Test phone" }).click();
    await expect(devices).toHaveCount(0);
    expect(await db.collection("push_subscriptions").countDocuments({ endpoint })).toBe(0);
  } finally {
    push.stop();
  }
});

test("Done with no signal waits in the phone's queue and is sent once when the app is back", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signIn(page, demo.sam);
  await expect(page).toHaveURL(/\/today$/);
  const worker = await activeServiceWorker(page, context);
  const today = todayIn("America/New_York");
  const name = `Water ${randomUUID().slice(0, 6)}`;
  const habit = await trpc<{ id: string }>(page, "habits.create", { name, type: "numeric", target: 8, unit: "glasses", schedule: { kind: "daily" }, startDate: today });
  // The reminder as the push service would hand it over (its encryption is proven in the test above).
  const payload = { type: "habit-reminder", jobId: `habit:${habit.id}`, userId: await trpc<{ id: string }>(page, "auth.me", undefined, "query").then((me) => me.id), habitId: habit.id, dayKey: today, title: name, body: "8 glasses", url: `/habits/${habit.id}`, tag: `habit-${habit.id}-${today}`, done: { value: 8 } };
  await pushAndSee(page, JSON.stringify(payload), payload.tag);

  await context.setOffline(true);
  await worker.evaluate(async (tag) => {
    const scope = self as unknown as ServiceWorkerGlobalScope & { coachHandleReminderAction: (n: Notification, action: string) => Promise<void> };
    const [notification] = await scope.registration.getNotifications({ tag });
    await scope.coachHandleReminderAction(notification, "done");
  }, payload.tag);
  const queued = () =>
    page.evaluate(
      () =>
        new Promise<Array<{ path: string; status: string }>>((resolve, reject) => {
          const request = indexedDB.open("character-coach");
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction("outbox").objectStore("outbox").getAll();
            all.onsuccess = () => {
              resolve(all.result.map((write: { path: string; status: string }) => ({ path: write.path, status: write.status })));
              request.result.close();
            };
          };
        }),
    );
  expect(await queued()).toEqual([{ path: "habits.checkIn", status: "pending" }]);
  expect(await db.collection("habit_checkins").countDocuments({ habitId: new mongoose.Types.ObjectId(habit.id) })).toBe(0);

  // Back online, opening the habits screen sends it: done with the full 8 glasses, stored once.
  await context.setOffline(false);
  await page.goto("/habits");
  await expect.poll(queued, { timeout: 15_000 }).toEqual([]);
  const view = await trpc<{ today: { status: string; value: number } }>(page, "habits.get", { habitId: habit.id }, "query");
  expect(view.today).toMatchObject({ status: "done", value: 8 });
  expect(await db.collection("habit_checkins").countDocuments({ habitId: new mongoose.Types.ObjectId(habit.id) })).toBe(1);
});

test("Settings: quiet hours are saved, and a browser with no push service says so", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/settings");
  const quiet = page.getByRole("form", { name: "Quiet hours" });
  await quiet.getByLabel("Quiet hours").check();
  await quiet.getByLabel("From").fill("21:30");
  await quiet.getByLabel("Until").fill("06:45");
  await quiet.getByRole("button", { name: "Save quiet hours" }).click();
  await expect(page.getByText("Quiet hours saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Quiet hours" }).getByLabel("From")).toHaveValue("21:30");
  await expect(page.getByRole("form", { name: "Quiet hours" }).getByLabel("Until")).toHaveValue("06:45");
  expect(await trpc(page, "push.settings", undefined, "query")).toEqual({ quietHours: { from: "21:30", to: "06:45" } });

  // This test browser has no push service (no network): turning reminders on must fail visibly, not silently.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 20_000 });
  await expect(page.getByTestId("push-device-state")).toHaveText("Reminders are off for this device.");
  await page.getByRole("button", { name: "Turn on reminders" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /push service|not reachable/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("push-device-state")).toHaveText("Reminders are off for this device.");
});
