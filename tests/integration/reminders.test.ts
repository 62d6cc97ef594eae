import { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { nextReminderInstant } from "@/lib/habits/reminder-times";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { PushSubscriptionModel } from "@/server/push/push-subscription-model";
import { ReminderJobClaimModel, ReminderJobModel } from "@/server/reminders/reminder-job-model";
import { claimJobLease, LEASE_MS, MAX_TAKEOVERS, purgeStaleClaims, readJob } from "@/server/reminders/reminder-job-store";
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
    expect(await claimJobLease(job, t0, "dead-worker")).toMatchObject({ kind: "held" });
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

/** Makes a habit's job due at `now` (its occurrence stays where it was: it reminds about today). */
async function makeDue(habitId: string, now: Date, secondsBefore = 1) {
  await ReminderJobModel.updateOne({ _id: `habit:${habitId}` }, { $set: { dueAt: seconds(now, -secondsBefore) } });
}

const definitionOf = (habit: Awaited<ReturnType<typeof dailyHabit>>) => ({
  name: habit.name, type: habit.type, target: habit.target, unit: habit.unit, schedule: habit.schedule, cue: habit.cue,
  startDate: habit.startDate, endDate: habit.endDate, group: habit.group, reminders: habit.reminders,
});

describe("slow ticks, failing jobs and edits while sending", () => {
  it("times leases and transitions by the clock at the claim, not by the tick's `now`", async () => {
    const m = await member();
    const habit = await dailyHabit(m);
    const job = await jobOf(habit.id);
    const now = seconds(job.dueAt, 1);
    const wall = seconds(now, 300); // the occurrence was due five minutes before this worker got to it
    await runReminderTick({ now, clock: () => wall, workerId: "slow" });
    expect(push.deliveredTo(m.device)).toHaveLength(1);
    const lease = await ReminderJobClaimModel.findById(`${job._id}#${job.generation}~0`).lean();
    expect(lease!.at.getTime()).toBe(wall.getTime());
    expect(lease!.leaseUntil!.getTime()).toBe(wall.getTime() + LEASE_MS);
    const transition = await ReminderJobClaimModel.findById(`${job._id}#${job.generation}>0`).lean();
    expect(transition!.at.getTime()).toBe(wall.getTime());
  });

  it("claims nothing more once the tick has run for half a lease; the next tick sends the rest once", async () => {
    const m = await member();
    const habits = [];
    for (let index = 0; index < 6; index++) habits.push(await dailyHabit(m));
    const now = new Date();
    for (const habit of habits) await makeDue(habit.id, now);
    // Every push seems to take 70 s: once one is out, the tick is past LEASE_MS / 2.
    const result = await runReminderTick({ now, clock: () => seconds(now, push.requestsTo(m.device).length * 70), workerId: "slow" });
    expect(result.claimed).toBeGreaterThanOrEqual(1);
    expect(result.claimed).toBeLessThanOrEqual(4); // the jobs already in hand when the first push went out
    const untouched = (await Promise.all(habits.map((habit) => jobOf(habit.id)))).filter((job) => job.dueAt.getTime() < now.getTime());
    expect(untouched.length).toBeGreaterThanOrEqual(2);

    await runReminderTick({ now: seconds(now, 1), workerId: "next" });
    expect(deliveredPayloads(m.device).map((payload) => payload.habitId).sort()).toEqual(habits.map((habit) => habit.id).sort());
  });

  it("leaves devices for the next tick when too little of the lease is left to send to them", async () => {
    const m = await member();
    const devices = [m.device, push.subscription(), push.subscription(), push.subscription()];
    for (const device of devices.slice(1)) await m.caller.push.subscribe({ endpoint: device.endpoint, keys: device.keys });
    const habit = await dailyHabit(m);
    const now = new Date();
    await makeDue(habit.id, now);
    const job = await jobOf(habit.id);
    const requests = () => devices.reduce((count, device) => count + push.requestsTo(device).length, 0);
    // Every push seems to take 100 s: three go out at once; the fourth would start with 20 s of lease left.
    const result = await runReminderTick({ now, clock: () => seconds(now, requests() * 100), workerId: "slow" });
    expect(requests()).toBe(3);
    expect(result).toMatchObject({ sent: 3, deferred: 1 });
    const state = await jobOf(habit.id);
    expect(state).toMatchObject({ attempt: 0, dayKey: job.dayKey });
    expect(state.delivered).toHaveLength(3);
    expect(state.dueAt.getTime()).toBe(job.dueAt.getTime()); // still due

    await runReminderTick({ now: seconds(now, 1), workerId: "next" });
    for (const device of devices) expect(push.deliveredTo(device)).toHaveLength(1);
    expect((await jobOf(habit.id)).delivered).toEqual([]);
  });

  it("backs off a job whose handling throws so it does not block the queue, and gives it up after five attempts", async () => {
    const m = await member();
    const broken = await dailyHabit(m);
    const healthy = await dailyHabit(m);
    // A habit the scheduler cannot work with (written around mongoose's validation).
    await HabitModel.collection.updateOne({ _id: new Types.ObjectId(broken.id) }, { $set: { schedule: null } });
    const now = new Date();
    await makeDue(broken.id, now, 2);
    await makeDue(healthy.id, now, 1);

    let result = await runReminderTick({ now, workerId: "a", limit: 1 });
    expect(result).toMatchObject({ claimed: 1, failed: 1 });
    let state = await jobOf(broken.id);
    expect(state).toMatchObject({ attempt: 1 });
    expect(state.dueAt.getTime()).toBe(now.getTime() + 30_000);
    expect(state.lastError).toContain("failed:");

    // The broken job is no longer first in line: the healthy one goes out.
    await runReminderTick({ now: seconds(now, 1), workerId: "a", limit: 1 });
    expect(deliveredPayloads(m.device).map((payload) => payload.habitId)).toEqual([healthy.id]);

    for (let attempt = 2; attempt <= 5; attempt++) {
      const at = seconds((await jobOf(broken.id)).dueAt, 1);
      result = await runReminderTick({ now: at, workerId: "a" });
      state = await jobOf(broken.id);
      if (attempt < 5) expect(state.attempt).toBe(attempt);
      else {
        // Given up, and the habit cannot be re-planned either: parked for hours, nothing to send.
        expect(state).toMatchObject({ attempt: 0, dayKey: null });
        expect(state.dueAt.getTime()).toBeGreaterThan(at.getTime() + 3600_000);
      }
    }
    expect(push.requestsTo(m.device)).toHaveLength(1);
  });

  it("forces a job past its occurrence once it was taken over MAX_TAKEOVERS times", async () => {
    const m = await member();
    const habit = await dailyHabit(m);
    const job = await jobOf(habit.id);
    const t0 = seconds(job.dueAt, 1);
    const crashed = seconds(t0, -3600);
    await ReminderJobClaimModel.insertMany(
      Array.from({ length: MAX_TAKEOVERS }, (_, k) => ({
        _id: `${job._id}#${job.generation}~${k}`, jobId: job._id, generation: job.generation, kind: "lease", workerId: `crashed-${k}`,
        at: crashed, leaseUntil: new Date(crashed.getTime() + LEASE_MS),
      })),
    );
    await twoWorkers(t0);
    expect(push.requestsTo(m.device)).toHaveLength(0);
    const moved = await jobOf(habit.id);
    expect(moved.dayKey).toBe(addDaysToKey(job.dayKey!, 1));
    expect(moved.lastError).toContain("takeovers");
  });

  it("a reminder time added while the reminder is being sent still comes", async () => {
    const m = await member();
    const habit = await dailyHabit(m, ["08:00"]);
    const job = await jobOf(habit.id);
    push.script(new URL(m.device.endpoint).pathname, {
      status: 201,
      before: () => m.caller.habits.update({ habitId: habit.id, definition: { ...definitionOf(habit), reminders: ["08:00", "08:30"] } }),
    });
    await twoWorkers(seconds(job.dueAt, 1));
    expect(push.deliveredTo(m.device)).toHaveLength(1);
    expect(await jobOf(habit.id)).toMatchObject({ dayKey: job.dayKey, time: "08:30" });
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
