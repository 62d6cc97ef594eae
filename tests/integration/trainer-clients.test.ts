import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import { addDaysToKey, instantFromLocal, isoWeekdayOf } from "@/lib/dates/day-key";
import type { TProgramContent } from "@/lib/schemas/program";
import { AuditEventModel } from "@/server/audit/audit-model";
import { linkClient } from "@/server/coaching/coaching-service";
import { TrainerNoteModel } from "@/server/coaching/trainer-note-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { coachingCast, expectOnlyTheClientsTrainer, type CoachingCast } from "./support/coaching";
import { codeOf, customExercise, setInput, workoutWith, type Caller } from "./support/training";

useDatabase();

const ZONE = validProfile.timeZone; // Australia/Sydney, the cast's zone
const at = (dayKey: string, time = "10:00") => instantFromLocal(`${dayKey}T${time}`, ZONE);

/** Three weeks of training every day: whatever today's weekday, every day from the start asks one session. */
function dailyProgram(exerciseId: string): TProgramContent {
  const day = (weekday: number) => ({
    name: `Day ${weekday}`,
    weekday,
    slots: [{ id: randomUUID(), kind: "single" as const, exercises: [{ exerciseId, sets: [{ type: "working" as const, reps: { min: 5, max: 5 }, load: { kind: "none" as const } }], restSeconds: 90, progression: { kind: "none" as const }, notes: "" }] }],
  });
  const week = { days: [1, 2, 3, 4, 5, 6, 7].map(day) };
  return { name: "Every Day Strong", description: "", weeks: [week, week, week] };
}

/** A finished workout of the program day scheduled on `dayKey`. */
async function programWorkout(caller: Caller, programId: string, start: string, dayKey: string) {
  const sessionId = randomUUID();
  const weekIndex = Math.floor((Date.parse(dayKey) - Date.parse(start)) / 86_400_000 / 7);
  await caller.workouts.start({ sessionId, startedAt: at(dayKey), program: { programId, weekIndex, dayIndex: isoWeekdayOf(dayKey) - 1 } });
  await caller.workouts.finish({ sessionId, finishedAt: at(dayKey, "11:00") });
  return sessionId;
}

/*
 * The seeded history, in the client's zone, T = their today, S = T − 13 the program's start:
 *   workouts: every day T−13 … T−7 (the previous week: 7 of 7), then T−6 and T−5 only; T−4 … T−1 missed;
 *             today not done yet (so it does not count).
 *     7 days (T−6 … T−1): 2 of 6 = 33%        previous 7 days (T−13 … T−7): 7 of 7 = 100%
 *     30 / 90 days (S … T−1, nothing before S counts): 9 of 13 = 69%; previous 30 days: nothing scheduled
 *   habit (daily, from S): done T−13 … T−8, missed T−7; done T−6, skipped T−5, missed T−4 … T−1.
 *     7 days: 1 of 5 judged = 20%             previous 7 days: 6 of 7 = 86%
 *     30 / 90 days: 7 of 12 judged = 58%
 *   → needs attention: "Workouts 100% → 33% over 7 days", "Habits 86% → 20% over 7 days".
 * A second client (Bea) only logged one free workout five days ago (with a set): "No log for 5 days".
 * A third (Zed) has just become a client and never logged: no flag yet.
 */
describe("trainerClients", () => {
  let cast: CoachingCast;
  let programId: string;
  let bea: { id: string };
  let zed: { id: string };
  let beaSessionId: string;
  const T = () => cast.today;

  beforeAll(async () => {
    cast = await coachingCast();
    const { client, trainer: _trainer } = cast.callers;
    const exercise = await customExercise(client);
    const program = await client.programs.create({ content: dailyProgram(exercise.id) });
    programId = program.id;
    const start = addDaysToKey(T(), -13);
    await client.programs.start({ programId, startDate: start });
    for (const back of [13, 12, 11, 10, 9, 8, 7, 6, 5]) await programWorkout(client, programId, start, addDaysToKey(T(), -back));

    const habit = await client.habits.create({ name: "Walk 10 minutes", type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: null, startDate: start, endDate: null, reminders: [], group: "" });
    for (const back of [13, 12, 11, 10, 9, 8, 6]) await client.habits.checkIn({ habitId: habit.id, dayKey: addDaysToKey(T(), -back), value: 1 });
    await client.habits.skip({ habitId: habit.id, dayKey: addDaysToKey(T(), -5) });

    const [beaUser, zedUser] = await Promise.all([makeUser("member", "Bea"), makeUser("member", "Zed")]);
    bea = beaUser;
    zed = zedUser;
    const [beaCaller, zedCaller] = await Promise.all([callerFor(beaUser), callerFor(zedUser)]);
    await beaCaller.profile.save({ ...validProfile, name: "Bea Inactive", healthNotes: null });
    await zedCaller.profile.save({ ...validProfile, name: "Zed Newcomer", healthNotes: null });
    await linkClient(cast.users.trainer.id, beaUser.id);
    await linkClient(cast.users.trainer.id, zedUser.id);
    const beaExercise = await customExercise(beaCaller);
    const fiveDaysAgo = at(addDaysToKey(T(), -5));
    const { sessionId, entryId } = await workoutWith(beaCaller, beaExercise.id, fiveDaysAgo);
    beaSessionId = sessionId;
    await beaCaller.workouts.logSet(setInput(sessionId, entryId, 0, 50, 8, { completedAt: new Date(fiveDaysAgo.getTime() + 600_000) }));
    await beaCaller.workouts.finish({ sessionId, finishedAt: new Date(fiveDaysAgo.getTime() + 3_600_000) });
  });

  it("computes compliance on the seeded history as worked out by hand", async () => {
    const roster = await cast.callers.trainer.trainerClients.roster({ sort: "name" });
    expect(roster.clientCount).toBe(3);
    expect(roster.rows.map((row) => row.name)).toEqual(["Bea Inactive", "Robin", "Zed Newcomer"]);
    const robin = roster.rows[1];
    expect(robin.clientId).toBe(cast.users.client.id);
    expect(robin.program).toEqual({ id: programId, name: "Every Day Strong" });
    expect(robin.workouts.days7).toBeCloseTo(2 / 6);
    expect(robin.workouts.days30).toBeCloseTo(9 / 13);
    expect(robin.workouts.days90).toBeCloseTo(9 / 13);
    expect(robin.habits.days7).toBeCloseTo(1 / 5);
    expect(robin.habits.days30).toBeCloseTo(7 / 12);
    expect(robin.habits.days90).toBeCloseTo(7 / 12);
    // The check-ins were written just now (back-filled today), so Robin was last active today.
    expect(robin.daysSinceActivity).toBe(0);
    expect(robin.flags).toEqual([
      { kind: "workouts_drop", reason: "Workouts 100% → 33% over 7 days" },
      { kind: "habits_drop", reason: "Habits 86% → 20% over 7 days" },
    ]);

    const [beaRow, , zedRow] = roster.rows;
    expect(beaRow.workouts).toEqual({ days7: null, days30: null, days90: null });
    expect(beaRow.program).toBeNull();
    expect(beaRow.daysSinceActivity).toBe(5);
    expect(beaRow.lastActivityAt?.getTime()).toBe(at(addDaysToKey(T(), -5)).getTime() + 3_600_000);
    expect(beaRow.flags).toEqual([{ kind: "inactive", reason: "No log for 5 days" }]);
    expect(zedRow.lastActivityAt).toBeNull();
    expect(zedRow.flags).toEqual([]);
  });

  it("sorts, filters, searches and pages", async () => {
    const trainer = cast.callers.trainer.trainerClients;
    const names = (rows: { name: string }[]) => rows.map((row) => row.name);
    const first = await trainer.roster({ sort: "name", pageSize: 2 });
    expect(names(first.rows)).toEqual(["Bea Inactive", "Robin"]);
    expect([first.total, first.pageCount]).toEqual([3, 2]);
    expect(names((await trainer.roster({ sort: "name", pageSize: 2, page: 2 })).rows)).toEqual(["Zed Newcomer"]);
    expect(names((await trainer.roster({ sort: "name", direction: "desc" })).rows)).toEqual(["Zed Newcomer", "Robin", "Bea Inactive"]);
    // Most recent first; never-logged last.
    expect(names((await trainer.roster({ sort: "lastActivity" })).rows)).toEqual(["Robin", "Bea Inactive", "Zed Newcomer"]);
    // Lowest 7-day workout compliance first; clients with nothing scheduled go last (by name).
    expect(names((await trainer.roster({ sort: "workouts", window: 7 })).rows)).toEqual(["Robin", "Bea Inactive", "Zed Newcomer"]);
    const attention = await trainer.roster({ needsAttention: true });
    expect(names(attention.rows)).toEqual(["Robin", "Bea Inactive"]);
    expect(attention.total).toBe(2);
    expect(attention.clientCount).toBe(3);
    expect(names((await trainer.roster({ search: "ZED" })).rows)).toEqual(["Zed Newcomer"]);
    expect(names((await trainer.roster({ search: "ina", sort: "habits" })).rows)).toEqual(["Bea Inactive"]);
    expect(await codeOf(trainer.roster({ pageSize: 101 }))).toBe("BAD_REQUEST");
    // The other trainer sees only their own client.
    const other = await cast.callers.otherTrainer.trainerClients.roster({});
    expect(other.rows.map((row) => row.clientId)).toEqual([cast.users.otherMember.id]);
  });

  it("uses the trainer's inactivity setting", async () => {
    const trainer = cast.callers.trainer.trainerClients;
    expect(await trainer.settings()).toEqual({ inactivityDays: 3 });
    expect(await codeOf(trainer.saveSettings({ inactivityDays: 31 }))).toBe("BAD_REQUEST");
    expect(await trainer.saveSettings({ inactivityDays: 6 })).toEqual({ inactivityDays: 6 });
    const roster = await trainer.roster({ needsAttention: true });
    expect(roster.rows.map((row) => row.name)).toEqual(["Robin"]);
    // Another trainer's settings are their own.
    expect(await cast.callers.otherTrainer.trainerClients.settings()).toEqual({ inactivityDays: 3 });
    await trainer.saveSettings({ inactivityDays: 3 });
  });

  it("the overview counts clients and lists who needs attention", async () => {
    const overview = await cast.callers.trainer.trainer.overview();
    expect(overview.clientCount).toBe(3);
    expect(overview.needsAttentionCount).toBe(2);
    expect(overview.needsAttention.map((row) => row.name)).toEqual(["Robin", "Bea Inactive"]);
  });

  it("shows one client: profile basics, program and upcoming days, recent workouts with sets, habits", async () => {
    const detail = await cast.callers.trainer.trainerClients.detail({ clientId: cast.users.client.id });
    expect(detail.client).toMatchObject({ name: "Robin", goal: "build_muscle", experience: "intermediate", units: { weight: "lb", height: "ft_in" }, timeZone: ZONE });
    expect(JSON.stringify(detail)).not.toContain("Herniated"); // health notes are not shared
    expect(detail.program).toMatchObject({ id: programId, name: "Every Day Strong", startDate: addDaysToKey(T(), -13), weekCount: 3, status: "running" });
    // The program runs T−13 … T+7: all of the next seven days are training days, none done yet.
    expect(detail.upcoming.map((day) => day.dayKey)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => addDaysToKey(T(), n)));
    expect(detail.upcoming.every((day) => !day.done)).toBe(true);
    expect(detail.recentWorkouts).toHaveLength(9);
    expect(detail.recentWorkouts[0].dayKey).toBe(addDaysToKey(T(), -5));
    expect(detail.recentWorkouts[0].exercises).toHaveLength(1);
    expect(detail.habits.map((habit) => habit.name)).toEqual(["Walk 10 minutes"]);
    expect(detail.habits[0].strength).toBeGreaterThan(0);
    expect(detail.compliance.workouts.days7).toBeCloseTo(2 / 6);

    const beaDetail = await cast.callers.trainer.trainerClients.detail({ clientId: bea.id });
    expect(beaDetail.program).toBeNull();
    expect(beaDetail.upcoming).toEqual([]);
    expect(beaDetail.recentWorkouts.map((workout) => workout.id)).toEqual([beaSessionId]);
    expect(beaDetail.recentWorkouts[0].exercises[0].sets).toEqual([{ type: "working", weightKg: 50, reps: 8, rpe: null, durationSec: null, distanceM: null }]);
    const audit = await AuditEventModel.findOne({ action: "client.read", targetUserId: new Types.ObjectId(bea.id) }).lean();
    expect(audit?.actorId?.toString()).toBe(cast.users.trainer.id);
  });

  it("keeps notes private to the trainer, encrypted at rest and audited", async () => {
    const trainer = cast.callers.trainer.trainerClients;
    const clientId = zed.id;
    const note = await trainer.addNote({ clientId, text: "Left knee sore after lunges; swap for step-ups." });
    expect(await codeOf(trainer.addNote({ clientId, text: "   " }))).toBe("BAD_REQUEST");
    const raw = await TrainerNoteModel.collection.findOne({ _id: new Types.ObjectId(note.id) });
    expect(JSON.stringify(raw)).not.toContain("knee");
    expect(raw?.text).toMatchObject({ v: 1 });
    expect(typeof raw?.text.ct).toBe("string");
    expect((await trainer.notes({ clientId })).map((n) => n.text)).toEqual(["Left knee sore after lunges; swap for step-ups."]);
    // Another trainer cannot delete it by id, even for their own client.
    expect(await codeOf(cast.callers.otherTrainer.trainerClients.deleteNote({ clientId: cast.users.otherMember.id, noteId: note.id }))).toBe("NOT_FOUND");
    await trainer.deleteNote({ clientId, noteId: note.id });
    expect(await trainer.notes({ clientId })).toEqual([]);
    expect(await codeOf(trainer.deleteNote({ clientId, noteId: note.id }))).toBe("NOT_FOUND");
    const actions = await AuditEventModel.find({ subjectType: "trainer_note", targetUserId: new Types.ObjectId(clientId) }).lean();
    expect(new Set(actions.map((row) => row.action))).toEqual(new Set(["trainer_note.create", "trainer_note.list", "trainer_note.delete"]));
  });

  describe("authorization: only the client's own trainer", () => {
    const client = () => cast.users.client.id;

    it("detail", async () => {
      await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerClients.detail({ clientId: client() }));
      const denied = await AuditEventModel.findOne({ action: "access.denied", subjectType: "client", targetUserId: new Types.ObjectId(client()), actorId: new Types.ObjectId(cast.users.otherTrainer.id) }).lean();
      expect(denied).not.toBeNull();
    });
    it("notes", async () => {
      await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerClients.notes({ clientId: client() }));
    });
    it("addNote", async () => {
      const note = await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerClients.addNote({ clientId: client(), text: "Matrix note" }));
      expect(note.text).toBe("Matrix note");
      expect(await TrainerNoteModel.countDocuments({ clientId: new Types.ObjectId(client()) })).toBe(1);
    });
    it("deleteNote", async () => {
      const note = await cast.callers.trainer.trainerClients.addNote({ clientId: client(), text: "To delete" });
      await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerClients.deleteNote({ clientId: client(), noteId: note.id }));
    });
    // roster, settings and saveSettings name no client: they act on the caller's own clients and
    // settings, so another trainer is allowed (and sees only their own, checked above); members and
    // signed-out visitors are refused.
    it("roster, settings, saveSettings", async () => {
      const { client: member, otherMember, signedOut } = cast.callers;
      for (const call of [(c: Caller) => c.trainerClients.roster({}), (c: Caller) => c.trainerClients.settings(), (c: Caller) => c.trainerClients.saveSettings({ inactivityDays: 3 })]) {
        expect(await codeOf(call(signedOut))).toBe("UNAUTHORIZED");
        expect(await codeOf(call(member))).toBe("FORBIDDEN");
        expect(await codeOf(call(otherMember))).toBe("FORBIDDEN");
        expect(await codeOf(call(cast.callers.otherTrainer))).toBe("OK");
        expect(await codeOf(call(cast.callers.trainer))).toBe("OK");
      }
    });
  });
});
