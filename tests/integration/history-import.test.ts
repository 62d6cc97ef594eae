import { existsSync, readFileSync } from "node:fs";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { IMPORT_BATCH_SIZE, prepareForUpload, type TImportWorkoutsResult } from "@/lib/schemas/history-import";
import { parseHevyCsv } from "@/lib/train/imports/hevy-csv";
import { parseStrongCsv } from "@/lib/train/imports/strong-csv";
import type { ImportedWorkout, ParsedHistory } from "@/lib/train/imports/workout-history";
import { AuditEventModel } from "@/server/audit/audit-model";
import { PersonalRecordModel } from "@/server/train/personal-record-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf, customExercise, type Caller } from "./support/training";

useDatabase();

const STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
// Pounds (the member's unit in validProfile). The second workout is at 07:30 in Sydney, which is still the
// previous day in UTC: its day key must be the member's local day. The last row has a mistyped weight.
const strongCsv = [
  STRONG_HEADER,
  '2024-03-05 18:00:00,"Push",1h,"Bench Press (Barbell)",W,135,10,0,0,"","Felt strong",',
  '2024-03-05 18:00:00,"Push",1h,"Bench Press (Barbell)",1,185,5,0,0,"paused",,8',
  '2024-03-05 18:00:00,"Push",1h,"Bench Press (Barbell)",2,185,5,0,0,,,',
  '2024-03-05 18:00:00,"Push",1h,"Plank",1,0,0,0,60,,,',
  '2024-03-05 18:00:00,"Push",1h,"Zorblax Twist",1,20,10,0,0,,,',
  '2024-03-07 07:30:00,"Legs",45m,"Squat (Barbell)",1,225,5,0,0,,,',
  '2024-03-07 07:30:00,"Legs",45m,"Squat (Barbell)",2,225,5,0,0,,,',
  '2024-03-07 07:30:00,"Legs",45m,"Squat (Barbell)",3,22o,5,0,0,,,',
].join("\n");

const HEVY_HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const hevyCsv = [
  HEVY_HEADER,
  '"Pull day","30 Jun 2025, 23:10","1 Jul 2025, 00:05","late one","Lat Pulldown (Cable)",,"",0,"normal",60,10,,,',
  '"Pull day","30 Jun 2025, 23:10","1 Jul 2025, 00:05","late one","Lat Pulldown (Cable)",,"",1,"normal",65,8,,,8.5',
  '"Pull day","30 Jun 2025, 23:10","1 Jul 2025, 00:05","late one","Bicep Curl (Dumbbell)",,"",0,"warmup",10,12,,,',
].join("\n");

const oid = (id: string) => new Types.ObjectId(id);
const setsOf = (userId: string) => WorkoutSetModel.countDocuments({ userId: oid(userId) });
const sessionsOf = (userId: string) => WorkoutSessionModel.countDocuments({ userId: oid(userId) });

async function memberWithProfile(timeZone = validProfile.timeZone) {
  const user = await makeUser();
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, timeZone });
  return { user, caller };
}

/** matchExercises → mapping: matched names to their exercise, the rest skipped (null). */
async function mappingFor(caller: Caller, workouts: ImportedWorkout[]) {
  const names = [...new Set(workouts.flatMap((workout) => workout.exercises.map((exercise) => exercise.name)))];
  const matches = await caller.imports.matchExercises({ names });
  return { matches, mapping: Object.fromEntries(matches.map((row) => [row.name, row.match?.id ?? null])) as Record<string, string | null> };
}

async function importAll(caller: Caller, history: ParsedHistory, mapping: Record<string, string | null>) {
  const total: TImportWorkoutsResult = { imported: 0, alreadyImported: 0, emptyWorkouts: 0, sets: 0, skippedSets: 0, skipped: { skippedExercise: 0, nothingRecorded: 0 } };
  const { workouts } = prepareForUpload(history);
  for (let start = 0; start < workouts.length; start += IMPORT_BATCH_SIZE) {
    const result = await caller.imports.importWorkouts({ source: history.source, workouts: workouts.slice(start, start + IMPORT_BATCH_SIZE), mapping });
    for (const key of ["imported", "alreadyImported", "emptyWorkouts", "sets", "skippedSets"] as const) total[key] += result[key];
    total.skipped.skippedExercise += result.skipped.skippedExercise;
    total.skipped.nothingRecorded += result.skipped.nothingRecorded;
  }
  return total;
}

describe("importing a Strong export", () => {
  it("matches the names, stores sessions and sets in kilograms and the member's days, and rebuilds records", async () => {
    const { user, caller } = await memberWithProfile();
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    expect(history.errors).toEqual([{ row: 8, message: expect.stringContaining("22o") }]);

    const { matches, mapping } = await mappingFor(caller, history.workouts);
    const byName = Object.fromEntries(matches.map((row) => [row.name, row.match]));
    expect(byName["Bench Press (Barbell)"]).toMatchObject({ confidence: expect.stringMatching(/exact|alias/), equipment: "barbell", measurement: "weight_reps" });
    expect(byName["Plank"]).toMatchObject({ measurement: "time" });
    expect(byName["Squat (Barbell)"]).toMatchObject({ equipment: "barbell" });
    expect(byName["Zorblax Twist"]).toBeNull();

    const result = await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    expect(result).toEqual({ imported: 2, alreadyImported: 0, emptyWorkouts: 0, sets: 6, skippedSets: 1, skipped: { skippedExercise: 1, nothingRecorded: 0 } });

    const sessions = await WorkoutSessionModel.find({ userId: oid(user.id) }).sort({ startedAt: 1 }).lean();
    expect(sessions).toHaveLength(2);
    const [push, legs] = sessions;
    // 18:00 in Sydney (UTC+11 in March) is 07:00 UTC.
    expect(push).toMatchObject({ name: "Push", status: "finished", source: "strong", sourceKey: "strong:2024-03-05T18:00:00:Push", dayKey: "2024-03-05", weekKey: "2024-W10", timeZone: "Australia/Sydney", durationMinutes: 60, notes: "Felt strong" });
    expect(push.startedAt.toISOString()).toBe("2024-03-05T07:00:00.000Z");
    expect(push.finishedAt!.toISOString()).toBe("2024-03-05T08:00:00.000Z");
    expect(push.entries.map((entry) => [entry.exerciseId, entry.order])).toEqual([
      [mapping["Bench Press (Barbell)"], 0],
      [mapping["Plank"], 1],
    ]);
    expect(legs.startedAt.toISOString()).toBe("2024-03-06T20:30:00.000Z");
    expect(legs).toMatchObject({ dayKey: "2024-03-07", durationMinutes: 45 });

    const bench = await WorkoutSetModel.find({ sessionId: push._id, exerciseId: mapping["Bench Press (Barbell)"]! }).sort({ order: 1 }).lean();
    expect(bench.map((set) => [set.order, set.type, set.weightKg, set.reps, set.rpe, set.notes])).toEqual([
      [0, "warmup", 61.23, 10, null, ""],
      [1, "working", 83.91, 5, 8, "paused"],
      [2, "working", 83.91, 5, null, ""],
    ]);
    expect(bench.every((set) => set.dayKey === "2024-03-05" && set.entryId === push.entries[0].id && set.primaryMuscles.includes("chest"))).toBe(true);
    expect(bench[1].e1rmKg).toBeGreaterThan(83.91);
    expect(bench[0].volumeKg).toBe(0);
    // Sets are spread over the workout, in file order.
    expect(bench.map((set) => set.completedAt.getTime())).toEqual([...bench.map((set) => set.completedAt.getTime())].sort((a, b) => a - b));
    expect(await WorkoutSetModel.findOne({ sessionId: push._id, exerciseId: mapping["Plank"]! }).lean()).toMatchObject({ durationSec: 60, weightKg: null, reps: null });
    const squats = await WorkoutSetModel.find({ sessionId: legs._id }).lean();
    expect(squats.map((set) => [set.weightKg, set.dayKey])).toEqual([
      [102.06, "2024-03-07"],
      [102.06, "2024-03-07"],
    ]);

    // Records were rebuilt: the heavy bench set holds the heaviest and e1rm records.
    const book = await PersonalRecordModel.findOne({ userId: oid(user.id), exerciseId: mapping["Bench Press (Barbell)"]! }).lean();
    expect(book?.heaviest).toMatchObject({ value: 83.91 });
    expect(book?.heaviest?.setId).toBe(bench[1]._id);
    expect((await caller.training.records({})).length).toBeGreaterThanOrEqual(2);

    // The imported workouts read like logged ones.
    const shown = await caller.workouts.get({ sessionId: push._id });
    expect(shown.entries[0].sets.map((set) => set.weightKg)).toEqual([61.23, 83.91, 83.91]);
    expect(await AuditEventModel.countDocuments({ actorId: oid(user.id), action: { $in: ["workout.import", "workout.import_match"] } })).toBe(2);
  });

  it("stores nothing new when the same batch is imported again", async () => {
    const { user, caller } = await memberWithProfile();
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    const { mapping } = await mappingFor(caller, history.workouts);
    await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    const before = { sets: await setsOf(user.id), sessions: await sessionsOf(user.id) };
    const again = await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    expect(again).toMatchObject({ imported: 0, alreadyImported: 2, sets: 0 });
    expect({ sets: await setsOf(user.id), sessions: await sessionsOf(user.id) }).toEqual(before);
  });

  it("heals a half-finished import (sets stored, session not) without duplicating sets", async () => {
    const { user, caller } = await memberWithProfile();
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    const { mapping } = await mappingFor(caller, history.workouts);
    await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    const setIds = (await WorkoutSetModel.find({ userId: oid(user.id) }).select({ _id: 1 }).lean()).map((set) => set._id).sort();
    const push = await WorkoutSessionModel.findOne({ userId: oid(user.id), name: "Push" }).lean();

    // A crash after the sets, before the session; and one with only some of the sets written.
    await WorkoutSessionModel.deleteOne({ _id: push!._id });
    const healed = await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    expect(healed).toMatchObject({ imported: 1, alreadyImported: 1, sets: 4 });
    expect((await WorkoutSetModel.find({ userId: oid(user.id) }).select({ _id: 1 }).lean()).map((set) => set._id).sort()).toEqual(setIds);
    expect((await WorkoutSessionModel.findOne({ userId: oid(user.id), name: "Push" }).lean())!._id).toBe(push!._id);

    await WorkoutSessionModel.deleteOne({ _id: push!._id });
    await WorkoutSetModel.deleteOne({ sessionId: push!._id, order: 0 });
    await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    expect((await WorkoutSetModel.find({ userId: oid(user.id) }).select({ _id: 1 }).lean()).map((set) => set._id).sort()).toEqual(setIds);
    expect(await sessionsOf(user.id)).toBe(2);

    // A re-run with a different choice (plank skipped this time) drops what the interrupted run left of it.
    await WorkoutSessionModel.deleteOne({ _id: push!._id });
    const changed = await caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping: { ...mapping, Plank: null } });
    expect(changed).toMatchObject({ imported: 1, sets: 3, skippedSets: 2 });
    expect(await WorkoutSetModel.countDocuments({ sessionId: push!._id })).toBe(3);
    expect(await setsOf(user.id)).toBe(setIds.length - 1);
  });

  it("refuses unknown and other members' exercises, storing nothing", async () => {
    const { user, caller } = await memberWithProfile();
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    const { mapping } = await mappingFor(caller, history.workouts);
    const stranger = await callerFor(await makeUser());
    const theirs = await customExercise(stranger, "Stranger Press");

    expect(await codeOf(caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping: { ...mapping, Plank: "no-such-exercise" } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping: { ...mapping, "Zorblax Twist": theirs.id } }))).toBe("BAD_REQUEST");
    expect(await setsOf(user.id)).toBe(0);
    expect(await sessionsOf(user.id)).toBe(0);

    // The member's own custom exercise is fine, and is what the name matches.
    const mine = await customExercise(caller, "Zorblax Twist");
    expect((await caller.imports.matchExercises({ names: ["Zorblax Twist"] }))[0].match).toMatchObject({ id: mine.id, confidence: "exact" });
    expect(await codeOf(caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping: { ...mapping, "Zorblax Twist": mine.id } }))).toBe("OK");
    expect(await setsOf(user.id)).toBe(7);
  });

  it("rejects malformed workouts before storing anything", async () => {
    const { user, caller } = await memberWithProfile();
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    const { mapping } = await mappingFor(caller, history.workouts);
    const [push, legs] = history.workouts;
    const withSet = (change: Record<string, unknown>): ImportedWorkout => ({
      ...push,
      exercises: [{ ...push.exercises[0], sets: [{ ...push.exercises[0].sets[0], ...change }] }],
    });
    const bad: [string, unknown][] = [
      ["negative weight", [withSet({ weightKg: -5 })]],
      ["absurd weight", [withSet({ weightKg: 5000 })]],
      ["fractional reps", [withSet({ reps: 2.5 })]],
      ["unknown set type", [withSet({ type: "mega" })]],
      ["RPE above 10", [withSet({ rpe: 11 })]],
      ["impossible date", [{ ...push, startedAtLocal: "2024-02-30T18:00:00", sourceKey: "strong:2024-02-30T18:00:00:Push" }]],
      ["forged key", [{ ...push, sourceKey: "app:00000000-0000-4000-8000-000000000000" }]],
      ["same workout twice", [push, push]],
      ["no exercises", [{ ...push, exercises: [] }]],
      ["too many workouts", Array.from({ length: IMPORT_BATCH_SIZE + 1 }, (_, i) => ({ ...legs, name: `Legs ${i}`, sourceKey: `strong:${legs.startedAtLocal}:Legs ${i}` }))],
    ];
    for (const [label, workouts] of bad) {
      expect(await codeOf(caller.imports.importWorkouts({ source: "strong", workouts: workouts as ImportedWorkout[], mapping })), label).toBe("BAD_REQUEST");
    }
    // A name without a mapping entry, and a Strong batch sent as Hevy.
    const { Plank: _plank, ...withoutPlank } = mapping;
    expect(await codeOf(caller.imports.importWorkouts({ source: "strong", workouts: [push], mapping: withoutPlank }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.imports.importWorkouts({ source: "hevy", workouts: [push], mapping }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.imports.matchExercises({ names: Array.from({ length: 501 }, (_, i) => `Name ${i}`) }))).toBe("BAD_REQUEST");
    expect(await setsOf(user.id)).toBe(0);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("gives another member importing the same file their own copies", async () => {
    const first = await memberWithProfile();
    const second = await memberWithProfile("Europe/Berlin");
    const history = parseStrongCsv(strongCsv, { weightUnit: "lb" });
    const { mapping } = await mappingFor(first.caller, history.workouts);
    await first.caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    const result = await second.caller.imports.importWorkouts({ source: "strong", workouts: history.workouts, mapping });
    expect(result).toMatchObject({ imported: 2, alreadyImported: 0, sets: 6 });
    expect(await setsOf(second.user.id)).toBe(6);
    expect(await setsOf(first.user.id)).toBe(6);
    const theirs = await WorkoutSessionModel.findOne({ userId: oid(second.user.id), name: "Legs" }).lean();
    const mine = await WorkoutSessionModel.findOne({ userId: oid(first.user.id), name: "Legs" }).lean();
    expect(theirs!._id).not.toBe(mine!._id);
    // The same wall-clock time in Berlin (UTC+1 in March).
    expect(theirs).toMatchObject({ dayKey: "2024-03-07", timeZone: "Europe/Berlin" });
    expect(theirs!.startedAt.toISOString()).toBe("2024-03-07T06:30:00.000Z");
    // Neither can read the other's copy.
    expect(await codeOf(second.caller.workouts.get({ sessionId: mine!._id }))).toBe("NOT_FOUND");
  });
});

describe("importing a Hevy export", () => {
  it("stores kilograms as exported, with day keys of the member's zone", async () => {
    const { user, caller } = await memberWithProfile("America/New_York");
    const history = parseHevyCsv(hevyCsv);
    expect(history.errors).toEqual([]);
    const { mapping } = await mappingFor(caller, history.workouts);
    const exerciseIds = Object.values(mapping).filter((id): id is string => id !== null);
    expect(exerciseIds.length).toBeGreaterThanOrEqual(1);

    const result = await caller.imports.importWorkouts({ source: "hevy", workouts: history.workouts, mapping });
    expect(result.imported).toBe(1);
    expect(result.sets + result.skippedSets).toBe(3);
    const session = await WorkoutSessionModel.findOne({ userId: oid(user.id) }).lean();
    // 23:10 in New York (UTC-4 in summer) is 03:10 UTC the next day; the day is still 30 June for the member.
    expect(session).toMatchObject({ source: "hevy", sourceKey: "hevy:2025-06-30T23:10:00:Pull day", dayKey: "2025-06-30", durationMinutes: 55, notes: "late one" });
    expect(session!.startedAt.toISOString()).toBe("2025-07-01T03:10:00.000Z");
    if (mapping["Lat Pulldown (Cable)"]) {
      const pulldowns = await WorkoutSetModel.find({ sessionId: session!._id, exerciseId: mapping["Lat Pulldown (Cable)"] }).sort({ order: 1 }).lean();
      expect(pulldowns.map((set) => [set.weightKg, set.reps, set.rpe])).toEqual([
        [60, 10, null],
        [65, 8, 8.5],
      ]);
    }
    expect(await caller.imports.importWorkouts({ source: "hevy", workouts: history.workouts, mapping })).toMatchObject({ imported: 0, alreadyImported: 1 });
  });
});

const STRONG_SAMPLE = "/work/shared/data/wearables/strong/strong.csv";

describe.skipIf(!existsSync(STRONG_SAMPLE))("the real Strong sample", () => {
  it("imports all 2,078 sets (stored or skipped), and a second run stores nothing", { timeout: 300_000 }, async () => {
    const { user, caller } = await memberWithProfile("Europe/Berlin");
    const history = parseStrongCsv(readFileSync(STRONG_SAMPLE, "utf8"), { weightUnit: "kg" });
    expect(prepareForUpload(history).problems).toEqual([]);
    const { matches, mapping } = await mappingFor(caller, history.workouts);
    expect(matches.filter((row) => row.match !== null).length).toBeGreaterThan(matches.length / 2);

    const first = await importAll(caller, history, mapping);
    expect(first.sets + first.skippedSets).toBe(2078);
    expect(first.imported + first.emptyWorkouts).toBe(129);
    expect(await setsOf(user.id)).toBe(first.sets);
    expect(await sessionsOf(user.id)).toBe(first.imported);

    const second = await importAll(caller, history, mapping);
    expect(second).toMatchObject({ imported: 0, alreadyImported: first.imported, sets: 0 });
    expect(await setsOf(user.id)).toBe(first.sets);
    expect(await PersonalRecordModel.countDocuments({ userId: oid(user.id) })).toBeGreaterThan(0);
  });
});
