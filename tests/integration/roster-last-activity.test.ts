import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { loadClientFacts } from "@/server/coaching/roster-service";
import { HabitCheckInModel } from "@/server/habits/habit-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { customExercise, workoutWith } from "./support/training";

useDatabase();

describe("roster: last activity of quiet clients", () => {
  it("finds the last log of clients with nothing recent (batched reads), and none for a client who never logged", async () => {
    const [a, b, c] = await Promise.all([makeUser("member", "A"), makeUser("member", "B"), makeUser("member", "C")]);
    const [ca, cb] = await Promise.all([callerFor(a), callerFor(b)]);
    await ca.profile.save({ ...validProfile, name: "A", healthNotes: null });
    await cb.profile.save({ ...validProfile, name: "B", healthNotes: null });
    const old = new Date(Date.now() - 200 * 86_400_000);
    const older = new Date(Date.now() - 300 * 86_400_000);
    const ex = await customExercise(ca);
    for (const at of [older, old]) {
      const { sessionId } = await workoutWith(ca, ex.id, at);
      await ca.workouts.finish({ sessionId, finishedAt: new Date(at.getTime() + 3_600_000) });
    }
    const habit = await cb.habits.create({ name: "Walk", type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: null, startDate: old.toISOString().slice(0, 10), endDate: null, reminders: [], group: "" });
    await cb.habits.checkIn({ habitId: habit.id, dayKey: new Date(old.getTime() + 86_400_000).toISOString().slice(0, 10), value: 1 });
    await HabitCheckInModel.collection.updateMany({ userId: new Types.ObjectId(b.id) }, { $set: { updatedAt: older } });
    expect(await WorkoutSessionModel.countDocuments({ userId: new Types.ObjectId(a.id) })).toBe(2);
    const facts = await loadClientFacts([a, b, c].map((u) => ({ clientId: u.id, startedAt: new Date() })));
    const by = new Map(facts.map((f) => [f.clientId, f.lastActivityAt?.getTime() ?? null]));
    expect(by.get(a.id)).toBe(old.getTime() + 3_600_000);
    expect(by.get(b.id)).toBe(older.getTime());
    expect(by.get(c.id)).toBeNull();
  });
});
