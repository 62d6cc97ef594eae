import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { HabitCheckInModel } from "@/server/habits/habit-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

async function member() {
  const user = await makeUser();
  const caller = await callerFor(user);
  await caller.profile.save(validProfile); // Australia/Sydney: "today" is the member's, not the server's
  return { user, caller, today: dayKeyOf(new Date(), validProfile.timeZone) };
}

describe("habits", () => {
  it("checks in today, back-fills, undoes, and scores strength and streaks", async () => {
    const { user, caller, today } = await member();
    const habit = await caller.habits.create({
      name: "Drink water",
      type: "numeric",
      target: 8,
      unit: "glasses",
      schedule: { kind: "daily" },
      cue: { after: "I pour my morning coffee", will: "drink a glass of water" },
      startDate: addDaysToKey(today, -3),
    });
    expect(habit).toMatchObject({ today: { dayKey: today, status: "open" }, strength: 0, streak: { current: 0, best: 0 }, daysSinceStart: 3 });

    // Back-fill the three days before today, then today.
    for (const offset of [-3, -2, -1]) await caller.habits.checkIn({ habitId: habit.id, dayKey: addDaysToKey(today, offset), value: 8 });
    const done = await caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 8 });
    expect(done.today).toEqual({ dayKey: today, status: "done", value: 8 });
    expect(done.streak).toEqual({ current: 4, best: 4 });
    expect(done.completion.days7).toBe(1);
    // Four daily updates of Loop-style smoothing from 0: 1 − 0.5^(4/13) ≈ 0.192.
    expect(done.strength).toBeCloseTo(1 - 0.5 ** (4 / 13), 3);

    // Checking in again is the same check-in, not a second one.
    await caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 8 });
    expect(await HabitCheckInModel.countDocuments({ habitId: new Types.ObjectId(habit.id), dayKey: today })).toBe(1);

    // A partial day, then undo: today is open again and the streak is intact.
    const partial = await caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 3 });
    expect(partial.today.status).toBe("partial");
    const undone = await caller.habits.undo({ habitId: habit.id, dayKey: today });
    expect(undone.today).toEqual({ dayKey: today, status: "open", value: 0 });
    expect(undone.streak.current).toBe(3);
    expect(await AuditEventModel.countDocuments({ actorId: new Types.ObjectId(user.id), action: /^habit\./ })).toBeGreaterThanOrEqual(8);
  });

  it("skips and pauses without penalty, and shows them on the calendar", async () => {
    const { caller, today } = await member();
    const habit = await caller.habits.create({ name: "Stretch", type: "boolean", target: 1, schedule: { kind: "daily" }, startDate: addDaysToKey(today, -4) });
    await caller.habits.checkIn({ habitId: habit.id, dayKey: addDaysToKey(today, -4), value: 1 });
    await caller.habits.skip({ habitId: habit.id, dayKey: addDaysToKey(today, -3) });
    await caller.habits.pause({ habitId: habit.id, from: addDaysToKey(today, -2), to: addDaysToKey(today, -1) });
    const view = await caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 1 });
    expect(view.streak).toEqual({ current: 2, best: 2 });
    const calendar = await caller.habits.calendar({ habitId: habit.id });
    expect(calendar.slice(-5).map((day) => day.status)).toEqual(["done", "skipped", "paused", "paused", "done"]);
  });

  it("refuses the future, days before the start, bad values and other members' habits, changing nothing", async () => {
    const { caller, today } = await member();
    const habit = await caller.habits.create({ name: "Walk", type: "boolean", target: 1, schedule: { kind: "weekdays", days: [1, 3, 5] }, startDate: today });
    expect(await codeOf(caller.habits.checkIn({ habitId: habit.id, dayKey: addDaysToKey(today, 1), value: 1 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.habits.checkIn({ habitId: habit.id, dayKey: addDaysToKey(today, -1), value: 1 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.habits.checkIn({ habitId: habit.id, dayKey: today, value: 2 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.habits.create({ name: "", type: "boolean", target: 1, schedule: { kind: "daily" }, startDate: today }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.habits.create({ name: "x", type: "boolean", target: 1, schedule: { kind: "per_period", times: 5, periodDays: 3 }, startDate: today }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.habits.create({ name: "x", type: "boolean", target: 1, schedule: { kind: "daily" }, startDate: today, reminders: ["7am"] }))).toBe("BAD_REQUEST");

    const stranger = await callerFor(await makeUser());
    expect(await codeOf(stranger.habits.get({ habitId: habit.id }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.habits.checkIn({ habitId: habit.id, dayKey: today, value: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.habits.archive({ habitId: habit.id }))).toBe("NOT_FOUND");
    expect(await HabitCheckInModel.countDocuments({ habitId: new Types.ObjectId(habit.id) })).toBe(0);
    expect(await stranger.habits.list()).toEqual([]);
    expect(await codeOf((await callerFor(null)).habits.list())).toBe("UNAUTHORIZED");

    await caller.habits.archive({ habitId: habit.id });
    expect(await caller.habits.list()).toEqual([]);
  });
});
