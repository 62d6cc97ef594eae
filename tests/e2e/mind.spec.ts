import { expect, test } from "@playwright/test";
import mongoose from "mongoose";
import { hydrated, signUpAndOnboard, trpc, violations } from "./support";
import { FakePushService } from "./support-push";

let db: mongoose.Connection;
test.beforeAll(async () => {
  db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
});
test.afterAll(async () => {
  await db?.close();
});

const todayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

test("a daily check-in takes a few taps, is edited the same day, and is kept when made with no signal", async ({ page, context }) => {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Ada");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Mind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mind" })).toBeVisible();
  expect(await violations(page), "/mind").toEqual([]);

  // Nothing is sent half answered.
  await page.getByRole("radio", { name: "Mood: Good" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Answer each of the four questions (one tap each).")).toBeVisible();

  // Four taps, two on the sleep stepper, a tag, Save.
  await page.getByRole("radio", { name: "Energy: Low" }).check();
  await page.getByRole("radio", { name: "Stress: High" }).check();
  await page.getByRole("radio", { name: "Sleep quality: Poorly" }).check();
  await expect(page.getByTestId("sleep-hours")).toHaveText("7 h 30 min");
  await page.getByRole("button", { name: "Sleep: 15 minutes less" }).click();
  await page.getByRole("button", { name: "Sleep: 15 minutes less" }).click();
  await expect(page.getByTestId("sleep-hours")).toHaveText("7 h");
  await page.getByText("Tags and a note (optional)").click();
  await page.getByRole("button", { name: "Work", exact: true }).click();
  await page.getByLabel("Note (only you can read it)").fill("Deadline week");
  await page.getByRole("button", { name: "Save check-in" }).click();

  const summary = page.getByTestId("check-in-summary");
  await expect(summary).toContainText("MoodGood");
  await expect(summary).toContainText("StressHigh");
  await expect(summary).toContainText("Sleep7 h");
  await expect(summary).toContainText("TagsWork");
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved");
  // Once the service worker controls the page, this reload leaves /mind's copy on the phone.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId("check-in-summary")).toContainText("EnergyLow");
  await expect(page.getByText("Deadline week")).toBeVisible();
  // The chart's table has today's row.
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("row").filter({ hasText: "Good" })).toHaveCount(1);

  // Edited later the same day, with no signal: it waits on the phone and is sent once, when back.
  await context.setOffline(true);
  await page.getByRole("button", { name: "Edit check-in" }).click();
  await expect(page.getByRole("radio", { name: "Stress: High" })).toBeChecked();
  await page.getByRole("radio", { name: "Stress: Some" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByTestId("check-in-sync")).toHaveText("Pending");
  await expect(page.getByTestId("check-in-summary")).toContainText("StressSome");
  await expect(page.getByTestId("sync-status")).toContainText("Offline · 1 change saved on this phone");
  // Opened again with no signal: the page comes from the phone, the edit still waits there.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mind" })).toBeVisible();
  await expect(page.getByTestId("check-in-sync")).toHaveText("Pending");
  await expect(page.getByTestId("check-in-summary")).toContainText("StressSome");
  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId("check-in-summary")).toContainText("StressSome");
  const userId = await page.evaluate(async () => (await (await fetch("/api/auth/session")).json()).user.id as string);
  expect(await db.collection("mind_checkins").countDocuments({ userId: new mongoose.Types.ObjectId(userId) })).toBe(1);
  // Sent exactly once each: the first save and the offline edit (a repeat would be a third audited call).
  expect(await db.collection("audit_events").countDocuments({ targetUserId: new mongoose.Types.ObjectId(userId), action: "mind.check_in" })).toBe(2);
  // The note is stored encrypted: the raw document holds no plaintext.
  expect(JSON.stringify(await db.collection("mind_checkins").findOne({ userId: new mongoose.Types.ObjectId(userId) }))).not.toContain("Deadline week");
});

test("a low WHO-5 shows kind words and where to find help, and sends no push; screeners are off until turned on", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  const push = new FakePushService();
  const endpoint = await push.start();
  try {
    await page.goto("/sign-up");
    await signUpAndOnboard(page, "Bea");
    // This phone can receive pushes: anything the app sent would reach the local push service.
    await trpc(page, "push.subscribe", { endpoint, keys: push.keys(), deviceLabel: "Test phone" });

    await page.goto("/mind");
    await hydrated(page);
    await expect(page.getByTestId("who5-status")).toHaveText("Not taken yet · due now");
    await page.getByRole("link", { name: "Take the WHO-5" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "WHO-5 Wellbeing Index" })).toBeVisible();
    // The published wording.
    await expect(page.getByText("1. I have felt cheerful and in good spirits")).toBeVisible();
    await expect(page.getByText("5. My daily life has been filled with things that interest me")).toBeVisible();
    expect(await violations(page), "WHO-5 form").toEqual([]);

    const statements = page.getByRole("group");
    await expect(statements).toHaveCount(5);
    for (let index = 0; index < 4; index += 1) await statements.nth(index).getByRole("radio", { name: "Some of the time" }).check();
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.getByText("Answer every statement first (number 5 is still open).")).toBeVisible();
    await statements.nth(4).getByRole("radio", { name: "At no time" }).check();
    await page.getByRole("button", { name: "See my result" }).click();

    // Raw 4 of 25 = 16%: below 13 raw, so flagged with support, and only for the member.
    const result = page.getByTestId("questionnaire-result");
    await expect(result.getByRole("heading")).toHaveText("Your wellbeing score is 16% (4 of 25)");
    const support = page.getByTestId("support-resources");
    await expect(support.getByText("Emergency services")).toBeVisible();
    await expect(support.getByRole("link", { name: "Find A Helpline" })).toHaveAttribute("href", "https://findahelpline.com");
    expect(await violations(page), "WHO-5 result").toEqual([]);

    // No push: the next message the push service gets is a habit reminder made due after the result.
    const today = todayIn(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    const habit = await trpc<{ id: string }>(page, "habits.create", {
      name: "Breathe",
      type: "boolean",
      target: 1,
      schedule: { kind: "daily" },
      cue: { after: "lunch", will: "breathe slowly for a minute" },
      startDate: today,
      reminders: ["12:30"],
    });
    const jobId = `habit:${habit.id}`;
    await expect.poll(async () => Boolean(await db.collection("reminder_jobs").findOne({ _id: jobId as never })), { timeout: 10_000 }).toBe(true);
    const arrived = push.next();
    await db.collection("reminder_jobs").updateOne({ _id: jobId as never }, { $set: { dueAt: new Date(), dayKey: today, time: "12:30" } });
    const first = JSON.parse(push.decrypt(await arrived));
    expect(first).toMatchObject({ type: "habit-reminder", habitId: habit.id });
    expect(push.received).toHaveLength(1);

    // Back on Mind: the result is in the history, and WHO-5 is not due again for two weeks.
    await page.getByRole("link", { name: "Back to Mind" }).click();
    await expect(page.getByTestId("who5-history")).toContainText("16%");
    await expect(page.getByTestId("who5-status")).toContainText("next in two weeks");

    // PHQ-2 is off until the member turns it on, then offered.
    await page.goto("/mind/questionnaires/phq2");
    await expect(page.getByText("The PHQ-2 is off.")).toBeVisible();
    await page.getByRole("link", { name: "Privacy and sharing settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Privacy and sharing" })).toBeVisible();
    await hydrated(page);
    const saved = page.waitForResponse((response) => response.url().includes("mind.saveSettings") && response.ok());
    await page.getByRole("checkbox", { name: /Offer the PHQ-2/ }).check();
    await saved;
    await expect(page.getByRole("checkbox", { name: /Offer the PHQ-2/ })).toBeChecked();
    await page.goto("/mind/questionnaires/phq2");
    await hydrated(page);
    for (const statement of ["1. Little interest or pleasure in doing things", "2. Feeling down, depressed, or hopeless"]) {
      await page.getByRole("group", { name: statement }).getByRole("radio", { name: "More than half the days" }).check();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.getByTestId("questionnaire-result").getByRole("heading")).toHaveText("Your PHQ-2 score is 4 of 6");
    await expect(page.getByTestId("questionnaire-result")).toContainText("not a diagnosis");
    await expect(page.getByTestId("support-resources")).toBeVisible();
    // Its history is on Mind too, as a chart with a table.
    await page.getByRole("link", { name: "Back to Mind" }).click();
    await expect(page.getByTestId("phq2-history").getByRole("cell").first()).toHaveText("4");
    await expect(page.getByRole("img", { name: /^PHQ-2: 1 results? from/ })).toBeVisible();
  } finally {
    push.stop();
  }
});

test("sharing is the member's choice: off by default, changed at once, with a consent history", async ({ page }) => {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Cy");
  await page.goto("/mind/settings");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy and sharing" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Share nothing/ })).toBeChecked();
  await expect(page.getByText("No trainer has viewed your Mind data.")).toBeVisible();
  expect(await violations(page), "/mind/settings").toEqual([]);
  await page.getByRole("radio", { name: /Share trends only/ }).check();
  await expect(page.getByRole("radio", { name: /Share trends only/ })).toBeChecked();
  await page.getByText("Your consent history").click();
  await expect(page.getByTestId("consent-log")).toContainText("Share nothing → Share trends only");
  await page.reload();
  await expect(page.getByRole("radio", { name: /Share trends only/ })).toBeChecked();
});
