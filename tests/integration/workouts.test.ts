import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { weekKeyOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf, customExercise, setInput, workoutWith } from "./support/training";

useDatabase();

const setsOf = (userId: string) => WorkoutSetModel.countDocuments({ userId: new Types.ObjectId(userId) });

describe("logging a workout", () => {
  it("logs, edits, reorders and deletes sets, and finishes with session load", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    await caller.profile.save(validProfile);
    const exercise = await customExercise(caller);
    const startedAt = new Date(Date.now() - 50 * 60_000);
    const { sessionId, entryId } = await workoutWith(caller, exercise.id, startedAt);

    const first = await caller.workouts.logSet({ ...setInput(sessionId, entryId, 0, 40, 10, { type: "warmup" }), notes: "easy" });
    const second = await caller.workouts.logSet(setInput(sessionId, entryId, 1, 80, 5, { rpe: 8 }));
    expect(second.replayed).toBe(false);
    // 80 kg × 5 @ RPE 8 counts as 7 reps to failure: Epley 98.67, Brzycki 96, mean ≈ 97.33.
    expect(second.set.e1rmKg).toBeCloseTo(97.33, 1);

    const session = await caller.workouts.get({ sessionId });
    expect(session.entries[0].sets.map((set) => [set.weightKg, set.reps, set.type, set.notes])).toEqual([
      [40, 10, "warmup", "easy"],
      [80, 5, "working", ""],
    ]);
    expect(session.dayKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const edited = await caller.workouts.updateSet({ setId: second.set.id, values: { reps: 6, notes: "grindy" } });
    expect(edited).toMatchObject({ reps: 6, weightKg: 80, notes: "grindy" });
    await caller.workouts.reorderSets({ sessionId, entryId, setIds: [second.set.id, first.set.id] });
    expect((await caller.workouts.get({ sessionId })).entries[0].sets.map((set) => set.id)).toEqual([second.set.id, first.set.id]);

    expect(await caller.workouts.deleteSet({ setId: first.set.id })).toEqual({ deleted: true });
    expect(await caller.workouts.deleteSet({ setId: first.set.id })).toEqual({ deleted: false });
    expect(await setsOf(user.id)).toBe(1);

    const finished = await caller.workouts.finish({ sessionId, finishedAt: new Date(), sessionRpe: 7, durationMinutes: null, notes: "Good day" });
    expect(finished).toMatchObject({ status: "finished", sessionRpe: 7, durationMinutes: 50, sessionLoad: 350, notes: "Good day" });
    expect(await caller.workouts.active()).toBeNull();
    expect((await caller.workouts.history({})).map((summary) => summary.id)).toEqual([sessionId]);
    const audited = await AuditEventModel.countDocuments({ actorId: new Types.ObjectId(user.id), action: /^workout\./ });
    expect(audited).toBeGreaterThanOrEqual(8);
  });

  it("adds exercises mid-session, reorders and removes them", async () => {
    const caller = await callerFor(await makeUser());
    const press = await customExercise(caller);
    const squat = (await caller.exercises.search({ query: "back squat" }))[0];
    const { sessionId, entryId } = await workoutWith(caller, press.id);
    const squatEntry = randomUUID();
    await caller.workouts.addExercise({ sessionId, entryId: squatEntry, exerciseId: squat.id });
    // Replaying the add changes nothing.
    const replay = await caller.workouts.addExercise({ sessionId, entryId: squatEntry, exerciseId: squat.id });
    expect(replay.entries.map((entry) => entry.exercise.id)).toEqual([press.id, squat.id]);
    const reordered = await caller.workouts.reorderEntries({ sessionId, entryIds: [squatEntry, entryId] });
    expect(reordered.entries.map((entry) => entry.id)).toEqual([squatEntry, entryId]);
    expect(await codeOf(caller.workouts.reorderEntries({ sessionId, entryIds: [squatEntry] }))).toBe("BAD_REQUEST");
    await caller.workouts.logSet(setInput(sessionId, squatEntry, 0, 100, 5));
    const removed = await caller.workouts.removeEntry({ sessionId, entryId: squatEntry });
    expect(removed.entries.map((entry) => entry.id)).toEqual([entryId]);
    expect(await WorkoutSetModel.countDocuments({ sessionId })).toBe(0);
  });

  it("stores a replayed write once, even when both copies arrive together", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const exercise = await customExercise(caller);
    const sessionId = randomUUID();
    const start = { sessionId, startedAt: new Date(), name: "Offline" };
    const [a, b] = await Promise.all([caller.workouts.start(start), caller.workouts.start(start)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await WorkoutSessionModel.countDocuments({ _id: sessionId })).toBe(1);

    const entryId = randomUUID();
    await caller.workouts.addExercise({ sessionId, entryId, exerciseId: exercise.id });
    const write = setInput(sessionId, entryId, 0, 70, 8);
    const first = await caller.workouts.logSet(write);
    const again = await caller.workouts.logSet(write);
    expect(again).toMatchObject({ replayed: true, set: { id: first.set.id, weightKg: 70, reps: 8 } });
    const racing = setInput(sessionId, entryId, 1, 72.5, 8);
    const results = await Promise.all([caller.workouts.logSet(racing), caller.workouts.logSet(racing), caller.workouts.logSet(racing)]);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await setsOf(user.id)).toBe(2);
  });

  it("refuses bad sets with a clear message and stores nothing", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const exercise = await customExercise(caller);
    const plank = await customExercise(caller, "Test Hold", "time");
    const { sessionId, entryId } = await workoutWith(caller, exercise.id);
    expect(await codeOf(caller.workouts.logSet({ ...setInput(sessionId, entryId, 0, -5, 5) }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.workouts.logSet({ ...setInput(sessionId, entryId, 0, 50, 5), rpe: 11 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.workouts.logSet({ ...setInput(sessionId, entryId, 0, 50, 5), setId: "not-a-uuid" }))).toBe("BAD_REQUEST");
    const missingReps = caller.workouts.logSet({ ...setInput(sessionId, entryId, 0, 50, 5), reps: null });
    await expect(missingReps).rejects.toThrow(/logged with reps/);
    const plankEntry = randomUUID();
    await caller.workouts.addExercise({ sessionId, entryId: plankEntry, exerciseId: plank.id });
    await expect(caller.workouts.logSet({ ...setInput(sessionId, plankEntry, 0, 0, 0), reps: null })).rejects.toThrow(/logged as a time/);
    expect(await codeOf(caller.workouts.logSet(setInput(sessionId, randomUUID(), 0, 50, 5)))).toBe("NOT_FOUND");
    expect(await setsOf(user.id)).toBe(0);
    const held = await caller.workouts.logSet({ ...setInput(sessionId, plankEntry, 0, 0, 0), reps: null, weightKg: null, durationSec: 75 });
    expect(held.set.durationSec).toBe(75);
  });

  it("keeps one member's workouts from another", async () => {
    const owner = await makeUser();
    const ownerCaller = await callerFor(owner);
    const exercise = await customExercise(ownerCaller);
    const { sessionId, entryId } = await workoutWith(ownerCaller, exercise.id);
    const logged = await ownerCaller.workouts.logSet(setInput(sessionId, entryId, 0, 90, 3));

    const intruder = await callerFor(await makeUser());
    expect(await codeOf(intruder.workouts.get({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(intruder.workouts.logSet(setInput(sessionId, entryId, 1, 20, 20)))).toBe("NOT_FOUND");
    expect(await codeOf(intruder.workouts.updateSet({ setId: logged.set.id, values: { reps: 1 } }))).toBe("NOT_FOUND");
    expect(await intruder.workouts.deleteSet({ setId: logged.set.id })).toEqual({ deleted: false });
    expect(await codeOf(intruder.workouts.finish({ sessionId, finishedAt: new Date(), sessionRpe: null, durationMinutes: null }))).toBe("NOT_FOUND");
    // Reusing someone else's ids must neither overwrite nor reveal their data.
    expect(await codeOf(intruder.workouts.start({ sessionId, startedAt: new Date() }))).toBe("CONFLICT");
    const other = await workoutWith(intruder, (await intruder.exercises.search({ query: "bench" }))[0].id);
    expect(await codeOf(intruder.workouts.logSet({ ...setInput(other.sessionId, other.entryId, 0, 50, 5), setId: logged.set.id }))).toBe("CONFLICT");
    expect(await intruder.workouts.exerciseHistory({ exerciseId: exercise.id })).toEqual([]);
    const still = await ownerCaller.workouts.get({ sessionId });
    expect(still.entries[0].sets.map((set) => [set.weightKg, set.reps])).toEqual([[90, 3]]);

    const signedOut = await callerFor(null);
    expect(await codeOf(signedOut.workouts.active())).toBe("UNAUTHORIZED");
  });
});

describe("records, history and volume", () => {
  it("detects personal records on save and rebuilds them after an edit", async () => {
    const caller = await callerFor(await makeUser());
    const exercise = await customExercise(caller);
    const day1 = await workoutWith(caller, exercise.id, new Date(Date.now() - 3 * 86_400_000));
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    const baseline = await caller.workouts.logSet(setInput(day1.sessionId, day1.entryId, 0, 100, 5, { completedAt: at(3) }));
    expect(baseline.newRecords).toEqual([]); // the first ever set is a baseline, not a celebration
    const day2 = await workoutWith(caller, exercise.id, at(1));
    const heavier = await caller.workouts.logSet(setInput(day2.sessionId, day2.entryId, 0, 105, 5, { completedAt: at(1) }));
    expect(heavier.newRecords.sort()).toEqual(["bestE1rm", "bestVolume", "heaviest"]);
    const moreReps = await caller.workouts.logSet(setInput(day2.sessionId, day2.entryId, 1, 100, 7, { completedAt: at(0.99) }));
    expect(moreReps.newRecords).toContain("repsAtLoad");
    expect(moreReps.newRecords).toContain("bestE1rm");
    const warmup = await caller.workouts.logSet(setInput(day2.sessionId, day2.entryId, 2, 200, 1, { type: "warmup", completedAt: at(0.98) }));
    expect(warmup.newRecords).toEqual([]);

    let [records] = await caller.training.records({ exerciseId: exercise.id });
    expect(records.heaviest).toMatchObject({ value: 105, setId: heavier.set.id });
    // The 105 kg set was a typo for 95: the record falls back to what is true.
    await caller.workouts.updateSet({ setId: heavier.set.id, values: { weightKg: 95 } });
    [records] = await caller.training.records({ exerciseId: exercise.id });
    expect(records.heaviest).toMatchObject({ value: 100, setId: baseline.set.id });
    expect((await caller.workouts.get({ sessionId: day2.sessionId })).entries[0].sets.find((set) => set.id === heavier.set.id)?.records).toEqual([]);
  });

  it("reads one exercise's history and a week's volume per muscle", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    await caller.profile.save(validProfile);
    const exercise = await customExercise(caller);
    const now = new Date();
    const { sessionId, entryId } = await workoutWith(caller, exercise.id, now);
    await caller.workouts.logSet(setInput(sessionId, entryId, 0, 50, 10, { type: "warmup", completedAt: now }));
    await caller.workouts.logSet(setInput(sessionId, entryId, 1, 100, 5, { completedAt: now }));
    await caller.workouts.logSet(setInput(sessionId, entryId, 2, 100, 5, { completedAt: now }));
    const history = await caller.workouts.exerciseHistory({ exerciseId: exercise.id });
    expect(history).toHaveLength(3);
    expect(history.every((set) => set.sessionId === sessionId)).toBe(true);

    const volume = await caller.workouts.weeklyVolume({ weekKey: weekKeyOf(now, validProfile.timeZone) });
    expect(volume.find((row) => row.muscle === "chest")).toEqual({ muscle: "chest", sets: 2, volumeKg: 1000 });
    expect(volume.find((row) => row.muscle === "triceps")).toEqual({ muscle: "triceps", sets: 1, volumeKg: 500 });
    expect(await codeOf(caller.workouts.weeklyVolume({ weekKey: "last week" }))).toBe("BAD_REQUEST");

    // Each read is one query whose filter and sort are an index prefix. (FerretDB's SQLite backend
    // does not push filters down to indexes, so its explain output says nothing; MongoDB uses them.)
    const indexes = Object.fromEntries((await WorkoutSetModel.collection.indexes()).map((index) => [index.name, index.key]));
    expect(indexes.user_exercise_time).toEqual({ userId: 1, exerciseId: 1, completedAt: -1 });
    expect(indexes.user_week).toEqual({ userId: 1, weekKey: 1 });
  });
});

describe("offline replays that meet a changed world", () => {
  it("keeps the exercises the phone showed when the program changed before the start synced", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const squat = (await caller.exercises.search({ query: "back squat" }))[0];
    const bench = (await caller.exercises.search({ query: "barbell bench press" }))[0];
    const content = {
      name: "Changing",
      description: "",
      weeks: [{ days: [{ name: "A", weekday: 1, slots: [squat, bench].map((exercise) => ({ id: randomUUID(), kind: "single" as const, exercises: [{ exerciseId: exercise.id, sets: [{ type: "working" as const, reps: { min: 5, max: 5 }, load: { kind: "absolute" as const, kg: 60 } }], restSeconds: 90, progression: { kind: "none" as const }, notes: "" }] })) }] }],
    };
    const program = await caller.programs.create({ content });
    // The phone started from the plan [squat, bench]; meanwhile the program swapped the two.
    await caller.programs.update({ programId: program.id, version: 1, content: { ...content, weeks: [{ days: [{ ...content.weeks[0].days[0], slots: [...content.weeks[0].days[0].slots].reverse() }] }] } });
    const sessionId = randomUUID();
    const phoneEntries = [{ entryId: randomUUID(), exerciseId: squat.id }, { entryId: randomUUID(), exerciseId: bench.id }];
    const { session } = await caller.workouts.start({ sessionId, startedAt: new Date(), program: { programId: program.id, weekIndex: 0, dayIndex: 0 }, entries: phoneEntries });
    expect(session.entries.map((entry) => [entry.id, entry.exercise.id])).toEqual(phoneEntries.map((entry) => [entry.entryId, entry.exerciseId]));
    // Neither exercise is where the program now has it: no stale targets are attached.
    expect(session.entries.map((entry) => entry.prescription)).toEqual([null, null]);
    const logged = await caller.workouts.logSet({ ...setInput(sessionId, phoneEntries[0].entryId, 0, 100, 5), exerciseId: squat.id });
    expect(logged.set.exerciseId).toBe(squat.id);
    // A set the phone showed under another exercise is refused, not filed under the wrong one.
    expect(await codeOf(caller.workouts.logSet({ ...setInput(sessionId, phoneEntries[1].entryId, 0, 100, 5), exerciseId: squat.id }))).toBe("CONFLICT");
  });

  it("refuses a queued write drained under another account's session, so it stays queued", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const ctx = await createContextInner({ session: { user: { id: other.id } }, requestId: "test-expected-user", ip: null, expectedUserId: owner.id });
    const caller = createCaller(ctx);
    expect(await codeOf(caller.workouts.start({ sessionId: randomUUID(), startedAt: new Date() }))).toBe("UNAUTHORIZED");
    expect(await WorkoutSessionModel.countDocuments({ userId: new Types.ObjectId(other.id) })).toBe(0);
  });

  it("does not lose an exercise added on one device while another edits the list", async () => {
    const caller = await callerFor(await makeUser());
    const exercise = await customExercise(caller);
    const { sessionId, entryId } = await workoutWith(caller, exercise.id);
    const added: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const newEntry = randomUUID();
      added.push(newEntry);
      await Promise.all([
        caller.workouts.addExercise({ sessionId, entryId: newEntry, exerciseId: exercise.id }),
        caller.workouts.updateEntry({ sessionId, entryId, notes: `round ${round}` }),
      ]);
    }
    const session = await caller.workouts.get({ sessionId });
    expect(session.entries.map((entry) => entry.id).sort()).toEqual([entryId, ...added].sort());
    expect(session.entries.find((entry) => entry.id === entryId)?.notes).toBe("round 5");
  });

  it("refuses times from a phone whose clock is far off", async () => {
    const caller = await callerFor(await makeUser());
    const tomorrowAndMore = new Date(Date.now() + 3 * 86_400_000);
    expect(await codeOf(caller.workouts.start({ sessionId: randomUUID(), startedAt: tomorrowAndMore }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.workouts.start({ sessionId: randomUUID(), startedAt: new Date("1970-01-02") }))).toBe("BAD_REQUEST");
  });
});
