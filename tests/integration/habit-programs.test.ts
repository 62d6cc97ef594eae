import mongoose, { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import type { THabitProgramContent } from "@/lib/schemas/habit-program";
import { appRouter } from "@/server/api/root";
import { AuditEventModel } from "@/server/audit/audit-model";
import { CoachingLinkModel } from "@/server/coaching/coaching-link-model";
import { activeClientIds, assertCoaches, endLink, linkClient } from "@/server/coaching/coaching-service";
import { HabitModel } from "@/server/habits/habit-model";
import { HabitProgramEnrollmentModel } from "@/server/habits/habit-program-model";
import { seedDemoData } from "@/server/seed/demo-data";
import { UserModel } from "@/server/users/user-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

/** A trainer with one onboarded client (Australia/Sydney, so "today" is the client's, not the server's). */
async function coaching() {
  const trainerUser = await makeUser("trainer");
  const clientUser = await makeUser();
  const client = await callerFor(clientUser);
  await client.profile.save(validProfile);
  await linkClient(trainerUser.id, clientUser.id);
  return { trainerUser, clientUser, trainer: await callerFor(trainerUser), client, today: dayKeyOf(new Date(), validProfile.timeZone) };
}

const water = (startDate: string) => ({
  name: "Drink water",
  type: "numeric" as const,
  target: 8,
  unit: "glasses",
  schedule: { kind: "daily" as const },
  startDate,
  reminders: ["09:00"],
});

const habitsOf = (userId: string) => HabitModel.countDocuments({ userId: new Types.ObjectId(userId) });

function threePhases(): THabitProgramContent {
  const yes = (name: string, reminders: string[] = []) => ({ name, type: "boolean" as const, target: 1, unit: "", schedule: { kind: "daily" as const }, cue: null, reminders, group: "Morning" });
  return {
    name: "Morning foundations",
    description: "Small wins first",
    phases: [
      { name: "Start", startWeek: 1, habits: [yes("Glass of water on waking", ["07:00"]), yes("Make the bed")] },
      { name: "Move", startWeek: 3, habits: [yes("Ten-minute walk", ["12:30"])] },
      { name: "Fuel", startWeek: 5, habits: [{ ...yes("Protein at breakfast"), type: "numeric", target: 30, unit: "g" }] },
    ],
  };
}

// Every procedure of the two trainer routers, found from the router so a new one cannot be missed.
const trainerOnlyPaths = Object.keys(appRouter._def.procedures).filter((path) => /^(trainerHabits|habitPrograms)\./.test(path));

describe("trainer-only procedures", () => {
  it("covers both routers", () => {
    expect(trainerOnlyPaths).toHaveLength(12);
  });

  it.each(trainerOnlyPaths)("%s: signed out → UNAUTHORIZED, member → FORBIDDEN (audited)", async (path) => {
    const member = await makeUser();
    const [router, procedure] = path.split(".");
    const call = async (user: { id: string } | null) =>
      ((await callerFor(user)) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[router][procedure]({});
    expect(await codeOf(call(null))).toBe("UNAUTHORIZED");
    expect(await codeOf(call(member))).toBe("FORBIDDEN");
    expect(await AuditEventModel.findOne({ action: "access.denied", actorId: new Types.ObjectId(member.id) }).lean()).toMatchObject({ subjectId: path });
  });
});

describe("coaching links", () => {
  it("reaches only active clients; admins are not everyone's trainer; links end and come back", async () => {
    const trainer = await makeUser("trainer");
    const member = await makeUser();
    const admin = await makeUser("admin");
    await expect(assertCoaches(trainer.id, member.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await linkClient(trainer.id, member.id);
    await linkClient(trainer.id, member.id); // idempotent
    await assertCoaches(trainer.id, member.id);
    expect(await activeClientIds(trainer.id)).toEqual([member.id]);
    await expect(assertCoaches(admin.id, member.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A member has one trainer at a time; members cannot coach.
    await expect(linkClient((await makeUser("trainer")).id, member.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(linkClient((await makeUser()).id, member.id)).rejects.toMatchObject({ code: "BAD_REQUEST" });

    expect(await endLink(trainer.id, member.id)).toBe(true);
    expect(await endLink(trainer.id, member.id)).toBe(false);
    await expect(assertCoaches(trainer.id, member.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await activeClientIds(trainer.id)).toEqual([]);
    const relinked = await linkClient(trainer.id, member.id);
    expect(relinked).toMatchObject({ status: "active", endedAt: null });
    expect(await CoachingLinkModel.countDocuments({ trainerId: new Types.ObjectId(trainer.id) })).toBe(1);
  });

  it("seeds the demo trainer as coach of Maya and Sam, idempotently", async () => {
    await seedDemoData();
    await seedDemoData();
    const trainer = await UserModel.findOne({ email: "trainer@demo.charactercoach.app" }).lean();
    const clients = await UserModel.find({ email: { $in: ["maya@demo.charactercoach.app", "sam@demo.charactercoach.app"] } }).lean();
    expect((await activeClientIds(String(trainer!._id))).sort()).toEqual(clients.map((client) => String(client._id)).sort());
    expect(await CoachingLinkModel.countDocuments({ trainerId: trainer!._id })).toBe(2);
  }, 180_000); // the first seed writes eight weeks of training history
});

describe("trainer-assigned habits", () => {
  it("assigns a habit the client then sees as assigned, with progress on the trainer's side", async () => {
    const { trainerUser, clientUser, trainer, client, today } = await coaching();
    const assigned = await trainer.trainerHabits.assign({ clientId: clientUser.id, definition: water(today) });
    expect(assigned).toMatchObject({ name: "Drink water", assignedBy: trainerUser.id, today: { dayKey: today, status: "open" } });

    const [seen] = await client.habits.list();
    expect(seen).toMatchObject({ id: assigned.id, assignedBy: trainerUser.id });
    await client.habits.checkIn({ habitId: assigned.id, dayKey: today, value: 8 });
    const [progress] = await trainer.trainerHabits.listForClient({ clientId: clientUser.id });
    expect(progress).toMatchObject({ id: assigned.id, today: { status: "done", value: 8 } });

    // The trainer's reads and writes of the client's habits are audited against the client.
    const audited = await AuditEventModel.find({ actorId: new Types.ObjectId(trainerUser.id), action: /^habit\./ }).lean();
    expect(audited.map((row) => row.action).sort()).toEqual(["habit.assign", "habit.list"]);
    expect(audited.every((row) => String(row.targetUserId) === clientUser.id)).toBe(true);
    expect(audited.find((row) => row.action === "habit.assign")!.subjectId).toBe(assigned.id);
  });

  it("refuses non-clients, members, unlinked admins and ended links, storing nothing", async () => {
    const { trainerUser, clientUser, trainer, today } = await coaching();
    const stranger = await makeUser();
    expect(await codeOf(trainer.trainerHabits.assign({ clientId: stranger.id, definition: water(today) }))).toBe("FORBIDDEN");
    expect(await codeOf(trainer.trainerHabits.listForClient({ clientId: stranger.id }))).toBe("FORBIDDEN");
    expect(await habitsOf(stranger.id)).toBe(0);
    expect(await AuditEventModel.countDocuments({ actorId: new Types.ObjectId(trainerUser.id), action: "access.denied", targetUserId: new Types.ObjectId(stranger.id) })).toBe(2);

    const member = await callerFor(stranger);
    expect(await codeOf(member.trainerHabits.assign({ clientId: clientUser.id, definition: water(today) }))).toBe("FORBIDDEN");
    expect(await codeOf(member.trainerHabits.listForClient({ clientId: clientUser.id }))).toBe("FORBIDDEN");
    expect(await codeOf(member.habitPrograms.create({ content: threePhases() }))).toBe("FORBIDDEN");
    expect(await codeOf(member.habitPrograms.list({}))).toBe("FORBIDDEN");
    const admin = await callerFor(await makeUser("admin"));
    expect(await codeOf(admin.trainerHabits.assign({ clientId: clientUser.id, definition: water(today) }))).toBe("FORBIDDEN");
    expect(await codeOf((await callerFor(null)).trainerHabits.listForClient({ clientId: clientUser.id }))).toBe("UNAUTHORIZED");
    expect(await habitsOf(clientUser.id)).toBe(0);

    const habit = await trainer.trainerHabits.assign({ clientId: clientUser.id, definition: water(today) });
    await endLink(trainerUser.id, clientUser.id);
    expect(await codeOf(trainer.trainerHabits.update({ clientId: clientUser.id, habitId: habit.id, definition: { ...water(today), target: 6 } }))).toBe("FORBIDDEN");
    expect(await codeOf(trainer.trainerHabits.archive({ clientId: clientUser.id, habitId: habit.id }))).toBe("FORBIDDEN");
  });

  it("treats weekdays in another order as the same plan", async () => {
    const { clientUser, trainer, client, today } = await coaching();
    const weekly = await trainer.trainerHabits.assign({ clientId: clientUser.id, definition: { ...water(today), name: "Stretch", schedule: { kind: "weekdays", days: [5, 1, 3] } } });
    expect(weekly.schedule).toEqual({ kind: "weekdays", days: [1, 3, 5] });
    const reordered = await client.habits.update({ habitId: weekly.id, definition: { ...water(today), name: "Stretch", cue: null, group: "", endDate: null, schedule: { kind: "weekdays", days: [3, 5, 1] }, reminders: ["07:00"] } });
    expect(reordered.reminders).toEqual(["07:00"]);
  });

  it("lets the member run an assigned habit but not change what the trainer planned", async () => {
    const { trainerUser, clientUser, trainer, client, today } = await coaching();
    const habit = await trainer.trainerHabits.assign({ clientId: clientUser.id, definition: water(addDaysToKey(today, -2)) });
    const definition = { ...water(addDaysToKey(today, -2)), cue: null, group: "", endDate: null };

    expect(await codeOf(client.habits.update({ habitId: habit.id, definition: { ...definition, target: 4 } }))).toBe("FORBIDDEN");
    expect(await codeOf(client.habits.update({ habitId: habit.id, definition: { ...definition, name: "Water-ish" } }))).toBe("FORBIDDEN");
    expect(await codeOf(client.habits.update({ habitId: habit.id, definition: { ...definition, schedule: { kind: "weekdays", days: [1, 2] } } }))).toBe("FORBIDDEN");
    const own = await client.habits.update({ habitId: habit.id, definition: { ...definition, reminders: ["08:15", "20:00"], group: "Evening", cue: { after: "I brush my teeth", will: "drink a glass" } } });
    expect(own).toMatchObject({ name: "Drink water", target: 8, reminders: ["08:15", "20:00"], group: "Evening", assignedBy: trainerUser.id });
    await client.habits.pause({ habitId: habit.id, from: addDaysToKey(today, -1), to: addDaysToKey(today, -1) });
    expect((await client.habits.checkIn({ habitId: habit.id, dayKey: today, value: 8 })).today.status).toBe("done");

    // The trainer changes the plan; the member's check-in, reminders, group and cue stay even when the
    // trainer's definition leaves them out.
    const edited = await trainer.trainerHabits.update({ clientId: clientUser.id, habitId: habit.id, definition: { ...definition, target: 10 } });
    expect(edited).toMatchObject({ target: 10, reminders: ["08:15", "20:00"], group: "Evening", cue: own.cue, today: { status: "partial", value: 8 } });

    // A habit the client made is not the trainer's to change; another member's habit is not found.
    const mine = await client.habits.create({ ...water(today), name: "Read", type: "boolean", target: 1, unit: "" });
    expect(await codeOf(trainer.trainerHabits.update({ clientId: clientUser.id, habitId: mine.id, definition: { ...water(today), target: 2 } }))).toBe("FORBIDDEN");
    expect(await codeOf(trainer.trainerHabits.archive({ clientId: clientUser.id, habitId: mine.id }))).toBe("FORBIDDEN");
    const other = await coaching();
    const foreign = await other.trainer.trainerHabits.assign({ clientId: other.clientUser.id, definition: water(today) });
    expect(await codeOf(trainer.trainerHabits.archive({ clientId: clientUser.id, habitId: foreign.id }))).toBe("NOT_FOUND");

    await trainer.trainerHabits.archive({ clientId: clientUser.id, habitId: habit.id });
    expect((await client.habits.list()).map((view) => view.id)).toEqual([mine.id]);
    // Member-made habits each get their own source key (the unique index allows any number of them).
    expect(await HabitModel.countDocuments({ userId: new Types.ObjectId(clientUser.id) })).toBe(2);
    expect((await HabitModel.findById(mine.id).lean())!.sourceKey).toBe(mine.id);
  });
});

describe("habit programs", () => {
  it("assigns phases as habits starting in weeks 1, 3 and 5, once however often it is sent", async () => {
    const { trainerUser, clientUser, trainer, client, today } = await coaching();
    const program = await trainer.habitPrograms.create({ content: threePhases() });
    expect(program).toMatchObject({ phaseCount: 3, habitCount: 4, lastPhaseWeek: 5, version: 1 });

    const request = { programId: program.id, clientId: clientUser.id, startDate: today };
    const first = await trainer.habitPrograms.assign(request);
    expect(first.created).toBe(4);
    expect(first.enrollment).toMatchObject({ status: "active", startDate: today, programVersion: 1, trainerId: trainerUser.id, clientId: clientUser.id });
    expect(first.enrollment.phases.map((phase) => phase.startDate)).toEqual([today, addDaysToKey(today, 14), addDaysToKey(today, 28)]);

    // A retried request, then two at once: the same enrollment, nothing new.
    const again = await trainer.habitPrograms.assign(request);
    const [a, b] = await Promise.all([trainer.habitPrograms.assign(request), (await callerFor(trainerUser)).habitPrograms.assign(request)]);
    expect([again.created, a.created, b.created]).toEqual([0, 0, 0]);
    expect(again.enrollment.id).toBe(first.enrollment.id);
    expect(await habitsOf(clientUser.id)).toBe(4);
    expect(await HabitProgramEnrollmentModel.countDocuments({ clientId: new Types.ObjectId(clientUser.id) })).toBe(1);
    const keys = (await HabitModel.find({ userId: new Types.ObjectId(clientUser.id) }).lean()).map((habit) => habit.sourceKey).sort();
    expect(keys).toEqual(["0:0", "0:1", "1:0", "2:0"].map((item) => `enrollment:${first.enrollment.id}:${item}`));

    const listed = await client.habits.list();
    expect(listed.map((habit) => [habit.name, habit.startDate, habit.assignedBy]).sort()).toEqual(
      [
        ["Glass of water on waking", today, trainerUser.id],
        ["Make the bed", today, trainerUser.id],
        ["Ten-minute walk", addDaysToKey(today, 14), trainerUser.id],
        ["Protein at breakfast", addDaysToKey(today, 28), trainerUser.id],
      ].sort(),
    );
    expect(listed.find((habit) => habit.name === "Protein at breakfast")).toMatchObject({ type: "numeric", target: 30, unit: "g", today: { status: "before_start" } });
    // The first habit with a reminder has its next reminder planned.
    const waking = listed.find((habit) => habit.name === "Glass of water on waking")!;
    expect(await mongoose.connection.collection("reminder_jobs").countDocuments({ _id: `habit:${waking.id}` as never })).toBe(1);
  });

  it("assigns concurrently from a fresh start without duplicates", async () => {
    const { trainerUser, clientUser, trainer, today } = await coaching();
    const program = await trainer.habitPrograms.create({ content: threePhases() });
    const request = { programId: program.id, clientId: clientUser.id, startDate: addDaysToKey(today, 1) };
    const results = await Promise.all([1, 2, 3].map(async () => (await callerFor(trainerUser)).habitPrograms.assign(request)));
    expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(4);
    expect(await habitsOf(clientUser.id)).toBe(4);
    // Another start date while this one runs is refused.
    expect(await codeOf(trainer.habitPrograms.assign({ ...request, startDate: addDaysToKey(today, 8) }))).toBe("CONFLICT");
  });

  it("versions edits; enrollments keep the program as assigned", async () => {
    const { clientUser, trainer, today } = await coaching();
    const program = await trainer.habitPrograms.create({ content: threePhases() });
    const edited = await trainer.habitPrograms.update({ programId: program.id, version: 1, content: { ...program.content, name: "Mornings" } });
    expect(edited).toMatchObject({ name: "Mornings", version: 2 });
    expect(await codeOf(trainer.habitPrograms.update({ programId: program.id, version: 1, content: program.content }))).toBe("CONFLICT");
    expect((await trainer.habitPrograms.get({ programId: program.id })).name).toBe("Mornings");
    expect(await codeOf(trainer.habitPrograms.create({ content: { ...threePhases(), phases: [threePhases().phases[1], threePhases().phases[0]] } }))).toBe("BAD_REQUEST");

    const { enrollment } = await trainer.habitPrograms.assign({ programId: program.id, clientId: clientUser.id, startDate: today });
    await trainer.habitPrograms.update({ programId: program.id, version: 2, content: { ...threePhases(), name: "Renamed later", phases: [threePhases().phases[0]] } });
    const [listed] = await trainer.habitPrograms.enrollments({ clientId: clientUser.id });
    expect(listed).toMatchObject({ id: enrollment.id, programName: "Mornings", programVersion: 2 });
    expect(listed.phases.flatMap((phase) => phase.habits).every((habit) => habit.habitId !== null)).toBe(true);

    const archived = await trainer.habitPrograms.archive({ programId: program.id, archived: true });
    expect(archived.archived).toBe(true);
    expect(await trainer.habitPrograms.list({})).toEqual([]);
    expect(await codeOf(trainer.habitPrograms.assign({ programId: program.id, clientId: clientUser.id, startDate: addDaysToKey(today, 60) }))).toBe("BAD_REQUEST");
  });

  it("ending an enrollment archives the habits not started yet and keeps the started ones", async () => {
    const { trainerUser, clientUser, trainer, client, today } = await coaching();
    const program = await trainer.habitPrograms.create({ content: threePhases() });
    // Started two weeks and a day ago: week 3 began yesterday, week 5 is still ahead.
    const { enrollment } = await trainer.habitPrograms.assign({ programId: program.id, clientId: clientUser.id, startDate: addDaysToKey(today, -15) });
    const walk = (await client.habits.list()).find((habit) => habit.name === "Ten-minute walk")!;
    await client.habits.checkIn({ habitId: walk.id, dayKey: today, value: 1 });

    const ended = await trainer.habitPrograms.endEnrollment({ enrollmentId: enrollment.id });
    expect(ended.archived).toBe(1);
    expect(ended.enrollment).toMatchObject({ status: "ended" });
    expect(ended.enrollment.endedAt).toBeInstanceOf(Date);
    const names = (await client.habits.list()).map((habit) => habit.name).sort();
    expect(names).toEqual(["Glass of water on waking", "Make the bed", "Ten-minute walk"]);
    expect((await client.habits.get({ habitId: walk.id })).today.status).toBe("done");
    const protein = ended.enrollment.phases[2].habits[0];
    expect(protein.archived).toBe(true);
    expect(await mongoose.connection.collection("reminder_jobs").countDocuments({ _id: `habit:${protein.habitId}` as never })).toBe(0);

    // Ending again changes nothing; re-assigning the ended enrollment is refused, nothing is revived.
    expect((await trainer.habitPrograms.endEnrollment({ enrollmentId: enrollment.id })).archived).toBe(0);
    expect(await codeOf(trainer.habitPrograms.assign({ programId: program.id, clientId: clientUser.id, startDate: addDaysToKey(today, -15) }))).toBe("CONFLICT");
    expect(await HabitModel.countDocuments({ userId: new Types.ObjectId(clientUser.id), archivedAt: null })).toBe(3);
    expect(await AuditEventModel.countDocuments({ actorId: new Types.ObjectId(trainerUser.id), action: "habit_program.end", subjectId: enrollment.id, targetUserId: new Types.ObjectId(clientUser.id) })).toBe(2);
  });

  it("keeps each trainer's programs and enrollments to themself", async () => {
    const mine = await coaching();
    const theirs = await coaching();
    const program = await mine.trainer.habitPrograms.create({ content: threePhases() });
    const { enrollment } = await mine.trainer.habitPrograms.assign({ programId: program.id, clientId: mine.clientUser.id, startDate: mine.today });

    expect(await codeOf(theirs.trainer.habitPrograms.get({ programId: program.id }))).toBe("FORBIDDEN");
    expect(await codeOf(theirs.trainer.habitPrograms.update({ programId: program.id, version: 1, content: threePhases() }))).toBe("FORBIDDEN");
    expect(await codeOf(theirs.trainer.habitPrograms.archive({ programId: program.id, archived: true }))).toBe("FORBIDDEN");
    expect(await codeOf(theirs.trainer.habitPrograms.assign({ programId: program.id, clientId: theirs.clientUser.id, startDate: theirs.today }))).toBe("FORBIDDEN");
    expect(await codeOf(theirs.trainer.habitPrograms.endEnrollment({ enrollmentId: enrollment.id }))).toBe("FORBIDDEN");
    expect(await codeOf(theirs.trainer.habitPrograms.enrollments({ clientId: mine.clientUser.id }))).toBe("FORBIDDEN");
    expect(await theirs.trainer.habitPrograms.list({})).toEqual([]);
    // My program to someone who is not my client: refused, nothing stored.
    expect(await codeOf(mine.trainer.habitPrograms.assign({ programId: program.id, clientId: theirs.clientUser.id, startDate: mine.today }))).toBe("FORBIDDEN");
    expect(await habitsOf(theirs.clientUser.id)).toBe(0);
    expect((await mine.trainer.habitPrograms.get({ programId: program.id })).version).toBe(1);
    expect(await habitsOf(mine.clientUser.id)).toBe(4);
  });
});
