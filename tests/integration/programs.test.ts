import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { dayKeyOf, isoWeekdayOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { ProgramModel } from "@/server/train/program-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf, customExercise, linearProgram, setInput } from "./support/training";

useDatabase();

describe("exercise library", () => {
  it("ships at least 150 exercises, searchable by name and alias, with filters", async () => {
    const caller = await callerFor(await makeUser());
    const all = await caller.exercises.search({ limit: 100 });
    expect(all).toHaveLength(100);
    const bench = await caller.exercises.search({ query: "bench press" });
    expect(bench[0].name.toLowerCase()).toContain("bench press");
    const byAlias = await caller.exercises.search({ query: "RDL" });
    expect(byAlias.some((exercise) => exercise.name.toLowerCase().includes("romanian"))).toBe(true);
    const chestDumbbell = await caller.exercises.search({ muscle: "chest", equipment: "dumbbell", limit: 100 });
    expect(chestDumbbell.length).toBeGreaterThan(2);
    for (const exercise of chestDumbbell) {
      expect(exercise.equipment).toBe("dumbbell");
      expect([...exercise.primaryMuscles, ...exercise.secondaryMuscles]).toContain("chest");
    }
  });

  it("keeps custom exercises private to their owner and refuses twins and bad input", async () => {
    const owner = await callerFor(await makeUser());
    const other = await callerFor(await makeUser());
    const mine = await customExercise(owner, "Zercher Pin Press");
    expect(mine).toMatchObject({ source: "custom", visibility: "private", mine: true });
    expect((await owner.exercises.search({ query: "zercher pin" })).map((exercise) => exercise.id)).toEqual([mine.id]);
    expect(await other.exercises.search({ query: "zercher pin" })).toEqual([]);
    expect(await codeOf(customExercise(owner, "zercher  pin-press"))).toBe("CONFLICT");
    expect(await codeOf(owner.exercises.create({ name: "X", primaryMuscles: [], equipment: "barbell", pattern: "squat", measurement: "reps" }))).toBe("BAD_REQUEST");
    // Members cannot share with clients; trainers can.
    const trainer = await callerFor(await makeUser("trainer"));
    expect(await codeOf(owner.exercises.create({ name: "Shared Thing", primaryMuscles: ["abs"], equipment: "other", pattern: "core", measurement: "time", shareWithClients: true }))).toBe("FORBIDDEN");
    const shared = await trainer.exercises.create({ name: "Trainer Special", primaryMuscles: ["abs"], equipment: "other", pattern: "core", measurement: "time", shareWithClients: true });
    expect(shared.visibility).toBe("clients");
  });
});

describe("programs", () => {
  it("creates, reads, lists, edits with a version check, copies and archives", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const exercise = await customExercise(caller);
    const created = await caller.programs.create({ content: linearProgram(exercise.id, 1) });
    expect(created).toMatchObject({ name: "Linear test program", weekCount: 1, daysPerWeek: 1, version: 1, archived: false, active: false });
    expect(created.content.weeks[0].days[0].slots[0].exercises[0].progression).toMatchObject({ kind: "linear", incrementKg: 2.5 });

    const edited = await caller.programs.update({ programId: created.id, version: 1, content: { ...created.content, name: "Renamed" } });
    expect(edited).toMatchObject({ name: "Renamed", version: 2 });
    // A second device still on version 1 cannot overwrite the edit.
    expect(await codeOf(caller.programs.update({ programId: created.id, version: 1, content: created.content }))).toBe("CONFLICT");
    expect((await caller.programs.get({ programId: created.id })).name).toBe("Renamed");

    const copy = await caller.programs.copy({ programId: created.id });
    expect(copy).toMatchObject({ name: "Renamed (copy)", version: 1 });
    expect(copy.id).not.toBe(created.id);
    expect((await caller.programs.list({})).map((program) => program.id)).toEqual([copy.id, created.id]);

    await caller.programs.archive({ programId: copy.id, archived: true });
    expect((await caller.programs.list({})).map((program) => program.id)).toEqual([created.id]);
    expect((await caller.programs.list({ includeArchived: true })).map((program) => program.id)).toContain(copy.id);
  });

  it("refuses bad programs and changes nothing", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const exercise = await customExercise(caller);
    const before = await ProgramModel.countDocuments({ ownerId: new Types.ObjectId(user.id) });
    const unknownExercise = linearProgram("no-such-exercise", 1);
    expect(await codeOf(caller.programs.create({ content: unknownExercise }))).toBe("BAD_REQUEST");
    const badRange = linearProgram(exercise.id, 1);
    badRange.weeks[0].days[0].slots[0].exercises[0].sets[0].reps = { min: 10, max: 8 };
    expect(await codeOf(caller.programs.create({ content: badRange }))).toBe("BAD_REQUEST");
    const twoOnMonday = linearProgram(exercise.id, 1);
    twoOnMonday.weeks[0].days.push({ ...twoOnMonday.weeks[0].days[0], name: "Again" });
    expect(await codeOf(caller.programs.create({ content: twoOnMonday }))).toBe("BAD_REQUEST");
    // Another member's private exercise is as unknown as a made-up one.
    const stranger = await callerFor(await makeUser());
    expect(await codeOf(stranger.programs.create({ content: linearProgram(exercise.id, 1) }))).toBe("BAD_REQUEST");
    expect(await ProgramModel.countDocuments({ ownerId: new Types.ObjectId(user.id) })).toBe(before);
  });

  it("refuses another member's program (FORBIDDEN, audited) and writes for them", async () => {
    const owner = await makeUser();
    const ownerCaller = await callerFor(owner);
    const exercise = await customExercise(ownerCaller);
    const program = await ownerCaller.programs.create({ content: linearProgram(exercise.id, 1) });
    const intruder = await makeUser();
    const intruderCaller = await callerFor(intruder);
    expect(await codeOf(intruderCaller.programs.get({ programId: program.id }))).toBe("FORBIDDEN");
    expect(await codeOf(intruderCaller.programs.update({ programId: program.id, version: 1, content: program.content }))).toBe("FORBIDDEN");
    expect(await codeOf(intruderCaller.programs.archive({ programId: program.id, archived: true }))).toBe("FORBIDDEN");
    expect(await codeOf(intruderCaller.programs.start({ programId: program.id, startDate: "2026-11-23" }))).toBe("FORBIDDEN");
    expect(await codeOf(intruderCaller.programs.list({ ownerId: owner.id }))).toBe("FORBIDDEN");
    // A trainer is no different until the trainer–client link exists.
    const trainerCaller = await callerFor(await makeUser("trainer"));
    expect(await codeOf(trainerCaller.programs.create({ ownerId: owner.id, content: linearProgram("barbell-bench-press", 1) }))).toBe("FORBIDDEN");
    const denied = await AuditEventModel.find({ action: "access.denied", actorId: new Types.ObjectId(intruder.id), subjectType: "program" }).lean();
    expect(denied.length).toBeGreaterThanOrEqual(4);
    expect(denied[0]).toMatchObject({ outcome: "denied", targetUserId: new Types.ObjectId(owner.id) });
    expect((await ownerCaller.programs.get({ programId: program.id })).version).toBe(1);
    expect(await codeOf(intruderCaller.programs.get({ programId: "0123456789abcdef01234567" }))).toBe("NOT_FOUND");
  });

  it("schedules today's day in the member's zone, with targets that progress from the last session", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    await caller.profile.save({ ...validProfile, units: { weight: "kg", height: "cm" } });
    const exercise = await customExercise(caller);
    const todayKey = dayKeyOf(new Date(), validProfile.timeZone);
    const program = await caller.programs.create({ content: linearProgram(exercise.id, isoWeekdayOf(todayKey)) });
    expect((await caller.workouts.today()).schedule).toEqual({ status: "no_program" });

    await caller.programs.start({ programId: program.id, startDate: todayKey });
    const first = await caller.workouts.today();
    expect(first.dayKey).toBe(todayKey);
    expect(first.schedule.status).toBe("training");
    if (first.schedule.status !== "training") return;
    expect(first.schedule.dayName).toBe("Heavy day");
    expect(first.schedule.entries[0].prescription).toMatchObject({ decision: "start" });
    expect(first.schedule.entries[0].prescription.sets.map((set) => set.weightKg)).toEqual([60, 60, 60]);

    // Do the day: all three sets of 5 at 60 kg succeed, so next time is 62.5 kg, and the reason says so.
    const sessionId = crypto.randomUUID();
    const started = await caller.workouts.start({ sessionId, startedAt: new Date(), program: { programId: program.id, weekIndex: 0, dayIndex: 0 } });
    expect(started.session.name).toBe("Linear test program: Heavy day");
    const entry = started.session.entries[0];
    expect(entry.prescription?.sets).toHaveLength(3);
    for (const order of [0, 1, 2]) await caller.workouts.logSet(setInput(sessionId, entry.id, order, 60, 5));
    await caller.workouts.finish({ sessionId, finishedAt: new Date(), sessionRpe: 8, durationMinutes: 45 });

    const next = await caller.workouts.today();
    if (next.schedule.status !== "training") throw new Error("expected a training day");
    expect(next.schedule.sessionId).toBe(sessionId);
    const prescription = next.schedule.entries[0].prescription;
    expect(prescription.decision).toBe("increase");
    expect(prescription.sets.map((set) => set.weightKg)).toEqual([62.5, 62.5, 62.5]);
    expect(prescription.reason).toMatch(/60/);
    expect(prescription.reason).toMatch(/62\.5|2\.5/);

    // A start date in the future, and archiving, change what is scheduled.
    await caller.programs.start({ programId: program.id, startDate: "2099-01-01" });
    expect((await caller.workouts.today()).schedule.status).toBe("not_started");
    await caller.programs.archive({ programId: program.id, archived: true });
    expect((await caller.workouts.today()).schedule).toEqual({ status: "no_program" });
  });
});
