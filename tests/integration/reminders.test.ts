import { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { nextReminderInstant } from "@/lib/habits/reminder-times";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { PushSubscriptionModel } from "@/server/push/push-subscription-model";
import { ReminderJobClaimModel, ReminderJobModel } from "@/server/reminders/reminder-job-model";
import { claimJobLease, LEASE_MS, purgeStaleClaims, readJob } from "@/server/reminders/reminder-job-store";
import { runReminderTick } from "@/server/reminders/reminder-scheduler";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { decryptPush, LocalPushService, type TestSubscription } from "./support/push-service";

useDatabase();

const push = new LocalPushService();
beforeAll(() => push.start());
afterAll(() => push.stop());

const seconds = (at: Date, s: number) => new Date(at.getTime() + s * 1000);

/** A member in `timeZone` with one device subscribed to the local push service. */
async function member(timeZone = "Europe/Berlin") {
  const user = await makeUser();
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, timeZone });
  const device = push.subscription();
  await caller.push.subscribe({ endpoint: device.endpoint, keys: device.keys, deviceLabel: "Test phone" });
  return { user, caller, device, timeZone };
}

type Member = Awaited<ReturnType<typeof member>>;

async function dailyHabit(m: Member, reminders = ["08:00"], extra: Record<string, unknown> = {}) {
  const today = dayKeyOf(new Date(), m.timeZone);
  return m.caller.habits.create({ name: "Drink water", type: "numeric", target: 8, unit: "glasses", schedule: { kind: "daily" }, startDate: addDaysToKey(today, -10), reminders, ...extra });
}

async function jobOf(habitId: string) {
  const job = await readJob(`habit:${habitId}`);
  expect(job).not.toBeNull();
  return job!;
}

/** Two app instances polling at the same instant. */
async function twoWorkers(now: Date) {
  return Promise.all([runReminderTick({ now, workerId: "worker-a" }), runReminderTick({ now, workerId: "worker-b" })]);
}

function deliveredPayloads(device: TestSubscription) {
  return push.deliveredTo(device).map((received) => decryptPush(received, device) as { habitId: string; dayKey: string; jobId: string });
}

describe("habit reminder jobs", () => {
  it("plans the next reminder when a habit is created, edited, paused and archived", async () => {
    const m = await member("Europe/Berlin");
    const habit = await dailyHabit(m, ["07:30"]);
    const job = await jobOf(habit.id);
    const expected = nextReminderInstant({ after: new Date(), times: ["07:30"], timeZone: m.timeZone, isDayEligible: () => true, quietHours: null })!;
    expect(job).toMatchObject({ kind: "habit", dayKey: expected.dayKey, time: "07:30", attempt: 0, delivered: [] });
    expect(job.dueAt.getTime()).toBe(expected.at.getTime());

    // Re-saving the same definition leaves the job alone (same generation).
    const definition = { name: habit.name, type: habit.type, target: habit.target, unit: habit.unit, schedule: habit.schedule, cue: habit.cue, startDate: habit.startDate, endDate: habit.endDate, group: habit.group };
    await m.caller.habits.update({ habitId: habit.id, definition: { ...definition, reminders: ["07:30"] } });
    expect((await jobOf(habit.id)).generation).toBe(job.generation);

    // A new time moves it.
    await m.caller.habits.update({ habitId: habit.id, definition: { ...definition, reminders: ["21:15"] } });
    const moved = await jobOf(habit.id);
    expect(moved.time).toBe("21:15");
    expect(moved.generation).not.toBe(job.generation);

    // A pause over the next fortnight moves it past the pause.
    const today = dayKeyOf(new Date(), m.timeZone);
    await m.caller.habits.pause({ habitId: habit.id, from: today, to: addDaysToKey(today, 3) });
    expect((await jobOf(habit.id)).dayKey).toBe(addDaysToKey(today, 4));

    // No reminder times, or archived: no job.
    await m.caller.habits.update({ habitId: habit.id, definition: { ...definition, reminders: [] } });
    expect(await readJob(`habit:${habit.id}`)).toBeNull();
    await m.caller.habits.update({ habitId: habit.id, definition: { ...definition, reminders: ["09:00"] } });
    expect(await readJob(`habit:${habit.id}`)).not.toBeNull();
    await m.caller.habits.archive({ habitId: habit.id });
    expect(await readJob(`habit:${habit.id}`)).toBeNull();
  });

  it("two concurrent workers send each due reminder exactly once, with the contract payload", async () => {
    const members = await Promise.all([member("Europe/Berlin"), member("America/New_York"), member("Asia/Tokyo")]);
    const habits = await Promise.all(members.map((m) => dailyHabit(m, ["08:00"], { cue: { after: "I pour my coffee", will: "drink a glass of water" } })));
    const occurrences = new Map<string, number>();
    // Nine polls, each at the moment the earliest job falls due: every member's reminder three times.
    for (let poll = 0; poll < 9; poll++) {
      const jobs = await Promise.all(habits.map((habit) => jobOf(habit.id)));
      const now = seconds(new Date(Math.min(...jobs.map((job) => job.dueAt.getTime()))), 1);
      const due = jobs.filter((job) => job.dueAt.getTime() <= now.getTime());
      for (const job of due) occurrences.set(`${String(job.habitId)}:${job.dayKey}`, 0);
      const [a, b] = await twoWorkers(now);
      // Both workers saw every due job (the database may hold other files' jobs too, hence >=).
      expect(a.due).toBeGreaterThanOrEqual(due.length);
      expect(b.due).toBeGreaterThanOrEqual(due.length);
      for (const job of due) {
        const next = await readJob(job._id);
        expect(next!.dayKey).toBe(addDaysToKey(job.dayKey!, 1));
        expect(next!.generation).not.toBe(job.generation);
      }
    }
    for (const [index, m] of members.entries()) {
      const payloads = deliveredPayloads(m.device);
      for (const payload of payloads) occurrences.set(`${payload.habitId}:${payload.dayKey}`, (occurrences.get(`${payload.habitId}:${payload.dayKey}`) ?? 0) + 1);
      expect(payloads).toHaveLength(3);
      expect(payloads[0]).toEqual({
        type: "habit-reminder",
        jobId: `habit:${habits[index].id}`,
        userId: m.user.id,
        habitId: habits[index].id,
        dayKey: payloads[0].dayKey,
        title: "Drink water",
        body: "After I pour my coffee, I will drink a glass of water",
        url: `/habits/${habits[index].id}`,
        tag: `habit-${habits[index].id}-${payloads[0].dayKey}`,
        done: { value: 8 },
      });
      const headers = push.deliveredTo(m.device)[0].headers;
      expect(headers["content-encoding"]).toBe("aes128gcm");
      expect(headers.authorization).toMatch(/^vapid t=.+, k=.+/);
      expect(Number(headers.ttl)).toBeGreaterThan(0);
    }
    expect([...occurrences.values()].every((count) => count === 1)).toBe(true);
    expect(occurrences.size).toBe(9);
  });

  it("deletes a subscription the push service reports gone (410)", async () => {
    const m = await member();
    const habit = await dailyHabit(m);
    push.script(new URL(m.device.endpoint).pathname, { status: 410 });
    const job = await jobOf(habit.id);
    await twoWorkers(seconds(job.dueAt, 1));
    expect(push.requestsTo(m.device)).toHaveLength(1);
    expect(await PushSubscriptionModel.countDocuments({ userId: new Types.ObjectId(m.user.id) })).toBe(0);
    expect((await jobOf(habit.id)).dayKey).toBe(addDaysToKey(job.dayKey!, 1));
  });

  it("retries a 5xx with backoff, only to the devices still missing it, and delivers once", async () => {
    const m = await member();
    const second = push.subscription();
    await m.caller.push.subscribe({ endpoint: second.endpoint, keys: second.keys, deviceLabel: "Tablet" });
    const habit = await dailyHabit(m);
    push.script(new URL(second.endpoint).pathname, { status: 500 }, { status: 503, headers: { "retry-after": "300" } });
    const job = await jobOf(habit.id);
    const t0 = seconds(job.dueAt, 1);

    await twoWorkers(t0);
    let state = await jobOf(habit.id);
    expect(state).toMatchObject({ attempt: 1, dayKey: job.dayKey });
    expect(state.dueAt.getTime()).toBe(t0.getTime() + 30_000);
    expect(state.lastError).toContain("http 500");
    expect(push.deliveredTo(m.device)).toHaveLength(1);

    await twoWorkers(seconds(t0, 10)); // not due yet
    expect(push.requestsTo(second)).toHaveLength(1);

    const t1 = seconds(t0, 31);
    await twoWorkers(t1);
    state = await jobOf(habit.id);
    // The second failure said Retry-After: 300 s, longer than the 2 min backoff.
    expect(state).toMatchObject({ attempt: 2 });
    expect(state.dueAt.getTime()).toBe(t1.getTime() + 300_000);

    await twoWorkers(seconds(t1, 301));
    expect(push.deliveredTo(m.device)).toHaveLength(1); // never again to the device that had it
    expect(push.deliveredTo(second)).toHaveLength(1);
    expect(push.requestsTo(second)).toHaveLength(3);
    state = await jobOf(habit.id);
    expect(state).toMatchObject({ attempt: 0, delivered: [], dayKey: addDaysToKey(job.dayKey!, 1) });
    const device = await PushSubscriptionModel.findOne({ endpoint: second.endpoint }).lean();
    expect(device).toMatchObject({ failures: 0 });
    expect(device!.lastSuccessAt).not.toBeNull();
  });

  it("gives up on one occurrence after five failed attempts and moves on", async () => {
    const m = await member();
    const habit = await dailyHabit(m);
    const path = new URL(m.device.endpoint).pathname;
    push.script(path, ...Array.from({ length: 5 }, () => ({ status: 502 })));
    const job = await jobOf(habit.id);
    let now = seconds(job.dueAt, 1);
    for (let attempt = 0; attempt < 5; attempt++) {
      await twoWorkers(now);
      now = seconds((await jobOf(habit.id)).dueAt, 1);
    }
    expect(push.requestsTo(m.device)).toHaveLength(5);
    expect(push.deliveredTo(m.device)).toHaveLength(0);
    expect((await jobOf(habit.id))).toMatchObject({ attempt: 0, dayKey: addDaysToKey(job.dayKey!, 1) });
  });

  it("sends nothing for a day already done, skipped or paused, and moves to the next occurrence", async () => {
    for (const mark of ["done", "skipped", "paused"] as const) {
      const m = await member("America/New_York");
      const habit = await dailyHabit(m);
      const job = await jobOf(habit.id);
      const habitId = new Types.ObjectId(habit.id);
      // Written straight to the database: the job's day may be tomorrow for the real clock.
      if (mark === "done") await HabitCheckInModel.create({ habitId, userId: new Types.ObjectId(m.user.id), dayKey: job.dayKey!, value: 8 });
      if (mark === "skipped") await HabitCheckInModel.create({ habitId, userId: new Types.ObjectId(m.user.id), dayKey: job.dayKey!, skipped: true });
      if (mark === "paused") await HabitModel.updateOne({ _id: habitId }, { $set: { pauses: [{ from: job.dayKey, to: job.dayKey }] } });
      await twoWorkers(seconds(job.dueAt, 1));
      expect(push.requestsTo(m.device)).toHaveLength(0);
      expect((await jobOf(habit.id)).dayKey).toBe(addDaysToKey(job.dayKey!, 1));
    }
  });

  it("a partial day is still reminded; a yes/no habit says Tap Done", async () => {
    const m = await member();
    const habit = await m.caller.habits.create({ name: "Stretch", type: "boolean", target: 1, schedule: { kind: "daily" }, startDate: addDaysToKey(dayKeyOf(new Date(), m.timeZone), -1), reminders: ["12:00"] });
    const job = await jobOf(habit.id);
    await twoWorkers(seconds(job.dueAt, 1));
    expect(deliveredPayloads(m.device)[0]).toMatchObject({ title: "Stretch", body: "Tap Done when it's done", done: { value: 1 } });
  });

  it("lands a reminder at the right UTC instant across daylight-saving changes", async () => {
    for (const [timeZone, before, change, after] of [
      // New York springs forward on 14 March 2027: 08:00 is 13:00Z before, 12:00Z after.
      ["America/New_York", "2027-03-13T13:00:00.000Z", "2027-03-14T12:00:00.000Z", "2027-03-15T12:00:00.000Z"],
      // Berlin falls back on 31 October 2027: 08:00 is 06:00Z before, 07:00Z after.
      ["Europe/Berlin", "2027-10-30T06:00:00.000Z", "2027-10-31T07:00:00.000Z", "2027-11-01T07:00:00.000Z"],
    ] as const) {
      const m = await member(timeZone);
      const habit = await dailyHabit(m, ["08:00"], { startDate: "2026-01-01" }); // started before either change, whenever this runs
      const dayKey = dayKeyOf(new Date(before), timeZone);
      // Fast-forward the plan to the day before the change (tests may move a job's times).
      await ReminderJobModel.updateOne({ _id: `habit:${habit.id}` }, { $set: { occursAt: new Date(before), dueAt: new Date(before), dayKey, time: "08:00" } });
      await twoWorkers(seconds(new Date(before), 1));
      expect((await jobOf(habit.id)).dueAt.toISOString()).toBe(change);
      await twoWorkers(seconds(new Date(change), 1));
      expect((await jobOf(habit.id)).dueAt.toISOString()).toBe(after);
      expect(deliveredPayloads(m.device).map((payload) => payload.dayKey)).toEqual([dayKey, addDaysToKey(dayKey, 1)]);
    }
  });

  it("takes over a job whose worker died mid-lease exactly once, and skips a reminder whose day is over", async () => {
    const m = await member();
    const habit = await dailyHabit(m);
    const job = await jobOf(habit.id);
    const t0 = seconds(job.dueAt, 1);
    // A worker leased the occurrence and died before sending.
    expect(await claimJobLease(job, t0, "dead-worker")).toBe(true);
    await twoWorkers(seconds(t0, 60)); // lease still running: nobody touches it
    expect(push.requestsTo(m.device)).toHaveLength(0);
    expect((await jobOf(habit.id)).generation).toBe(job.generation);

    await twoWorkers(new Date(t0.getTime() + LEASE_MS + 1000));
    expect(push.deliveredTo(m.device)).toHaveLength(1);
    expect(await ReminderJobClaimModel.countDocuments({ jobId: job._id, generation: job.generation, kind: "lease" })).toBe(2);

    // The app was down for more than a day: yesterday's reminder is not sent late, the plan resumes.
    const next = await jobOf(habit.id);
    const late = seconds(next.dueAt, 26 * 3600);
    await twoWorkers(late);
    expect(push.requestsTo(m.device)).toHaveLength(1);
    const resumed = await jobOf(habit.id);
    expect(resumed.dueAt.getTime()).toBeGreaterThan(late.getTime());

    // Old generations' leases are purged; the current generation's rows stay.
    await claimJobLease(resumed, late, "worker-x");
    const purged = await purgeStaleClaims(seconds(late, 7 * 24 * 3600));
    expect(purged).toBeGreaterThanOrEqual(4);
    expect(await ReminderJobClaimModel.countDocuments({ jobId: job._id })).toBe(1);
  });

  it("a job made due now reminds about today (how the end-to-end test triggers a reminder)", async () => {
    const m = await member();
    const habit = await dailyHabit(m, ["23:59"]);
    await ReminderJobModel.updateOne({ _id: `habit:${habit.id}` }, { $set: { dueAt: new Date(Date.now() - 1000) } });
    const before = await jobOf(habit.id);
    await twoWorkers(new Date());
    const today = dayKeyOf(new Date(), m.timeZone);
    expect(deliveredPayloads(m.device).map((payload) => payload.dayKey)).toEqual([today]);
    // Its own occurrence still comes.
    if (before.dayKey! > today) expect((await jobOf(habit.id)).dayKey).toBe(before.dayKey);
  });
});

/** A zone where it is between 06:00 and 20:00 now, so an hour's snooze stays on the same local day. */
function daytimeZone(now = new Date()): string {
  for (const zone of ["Pacific/Kiritimati", "Asia/Tokyo", "Europe/Berlin", "America/New_York", "Pacific/Honolulu"]) {
    const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", hourCycle: "h23" }).format(now));
    if (hour >= 6 && hour < 20) return zone;
  }
  throw new Error("unreachable: the zones above cover every hour");
}

describe("snooze", () => {
  it("reminds again an hour later, once, and not after the day got done", async () => {
    const m = await member(daytimeZone());
    const habit = await dailyHabit(m, ["05:00"]);
    const today = dayKeyOf(new Date(), m.timeZone);
    const { dueAt } = await m.caller.push.snooze({ habitId: habit.id, dayKey: today });
    expect(Math.abs(dueAt.getTime() - (Date.now() + 3600_000))).toBeLessThan(10_000);
    const job = await readJob(`snooze:${habit.id}:${today}`);
    expect(job).toMatchObject({ kind: "snooze", dayKey: today });
    expect(job!.dueAt.getTime()).toBe(dueAt.getTime());

    await twoWorkers(seconds(dueAt, -5)); // not yet
    expect(push.requestsTo(m.device)).toHaveLength(0);
    await twoWorkers(seconds(dueAt, 1));
    expect(deliveredPayloads(m.device).map((payload) => [payload.jobId, payload.dayKey])).toEqual([[`snooze:${habit.id}:${today}`, today]]);
    expect(await readJob(`snooze:${habit.id}:${today}`)).toBeNull();

    // Snoozed again, then done: the snooze sends nothing.
    const again = await m.caller.push.snooze({ habitId: habit.id, dayKey: today, minutes: 5 });
    await m.caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 8 });
    await twoWorkers(seconds(again.dueAt, 1));
    expect(push.requestsTo(m.device)).toHaveLength(1);
    expect(await readJob(`snooze:${habit.id}:${today}`)).toBeNull();
  });

  it("refuses someone else's habit and days other than today", async () => {
    const owner = await member();
    const other = await member();
    const habit = await dailyHabit(owner);
    const today = dayKeyOf(new Date(), owner.timeZone);
    await expect(other.caller.push.snooze({ habitId: habit.id, dayKey: today })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(owner.caller.push.snooze({ habitId: habit.id, dayKey: addDaysToKey(today, 2) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(owner.caller.push.snooze({ habitId: habit.id, dayKey: today, minutes: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
