import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { addDaysToKey, isoWeekdayOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { endLink, linkClient } from "@/server/coaching/coaching-service";
import { ProgramModel } from "@/server/train/program-model";
import { UserModel } from "@/server/users/user-model";
import { coachingCast, expectOnlyTheClientsTrainer } from "./support/coaching";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf, linearProgram } from "./support/training";

useDatabase();

/** A cast plus a second client of the same trainer and a template (catalog exercise, trained every day of the week). */
async function assignmentCast() {
  const cast = await coachingCast();
  const secondUser = await makeUser("member", "Sid Second");
  const second = await callerFor(secondUser);
  await second.profile.save({ ...validProfile, name: "Sid", healthNotes: null });
  await linkClient(cast.users.trainer.id, secondUser.id);
  const content = linearProgram("barbell-back-squat", isoWeekdayOf(cast.today));
  const template = await cast.callers.trainer.programs.create({ content: { ...content, name: "Squat block" } });
  return { ...cast, second, secondUser, template, content };
}

const copiesOf = (templateId: string) => ProgramModel.countDocuments({ "source.programId": new Types.ObjectId(templateId) });

describe("program assignment", () => {
  it("gives each client their own started copy, which today's plan shows and template edits do not change", async () => {
    const { callers, users, second, secondUser, template, today } = await assignmentCast();
    const result = await callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id, secondUser.id], startDate: today });
    expect(result.results.map((outcome) => [outcome.clientId, outcome.status])).toEqual([
      [users.client.id, "assigned"],
      [secondUser.id, "assigned"],
    ]);
    const [clientCopyId, secondCopyId] = result.results.map((outcome) => outcome.copyId!);
    expect(clientCopyId).not.toBe(secondCopyId);

    for (const [caller, copyId, ownerId] of [
      [callers.client, clientCopyId, users.client.id],
      [second, secondCopyId, secondUser.id],
    ] as const) {
      const copy = await caller.programs.get({ programId: copyId });
      expect(copy).toMatchObject({ id: copyId, ownerId, name: "Squat block", active: true, startDate: today, version: 1 });
      const stored = await ProgramModel.findById(copyId).lean();
      expect(String(stored!.assignedBy)).toBe(users.trainer.id);
      expect(stored!.source).toMatchObject({ version: 1 });
      expect(String(stored!.source!.programId)).toBe(template.id);
      expect(stored!.assignmentKey).toBe(`${template.id}:1:${ownerId}:${today}`);
      const plan = await caller.workouts.today();
      expect(plan.program).toMatchObject({ id: copyId, startDate: today });
      expect(plan.schedule).toMatchObject({ status: "training", weekIndex: 0, dayIndex: 0 });
    }
    expect(await AuditEventModel.countDocuments({ action: "program.assign", targetUserId: { $in: [users.client.id, secondUser.id].map((id) => new Types.ObjectId(id)) } })).toBe(2);

    // The trainer edits the template: the copies stay as they were assigned.
    const edited = await callers.trainer.programs.update({ programId: template.id, version: 1, content: { ...template.content, name: "Squat block v2", weeks: [...template.content.weeks, ...template.content.weeks] } });
    expect(edited.version).toBe(2);
    const copy = await callers.client.programs.get({ programId: clientCopyId });
    expect(copy).toMatchObject({ name: "Squat block", weekCount: 1 });

    const listed = await callers.trainer.trainerPrograms.assignments({ programId: template.id });
    expect(listed.templateVersion).toBe(2);
    expect(listed.assignments.map((assignment) => [assignment.clientId, assignment.version, assignment.startDate, assignment.active]).sort()).toEqual(
      [
        [users.client.id, 1, today, true],
        [secondUser.id, 1, today, true],
      ].sort(),
    );
    expect(listed.assignments.find((assignment) => assignment.clientId === secondUser.id)?.clientName).toBe("Sid");

    // Assigning the edited template again is a new assignment (version 2): a second copy that replaces the first.
    const again = await callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: today });
    expect(again.results[0]).toMatchObject({ status: "assigned" });
    expect(again.results[0].copyId).not.toBe(clientCopyId);
    expect((await callers.client.workouts.today()).program).toMatchObject({ id: again.results[0].copyId, name: "Squat block v2", weekCount: 2 });
  });

  it("replaces the program the client was running", async () => {
    const { callers, users, template, today } = await assignmentCast();
    const own = await callers.client.programs.create({ content: { ...linearProgram("barbell-bench-press", 1), name: "My own" } });
    await callers.client.programs.start({ programId: own.id, startDate: addDaysToKey(today, -14) });
    const monday = addDaysToKey(today, 8 - isoWeekdayOf(today));
    const { results } = await callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: monday });
    const programs = await callers.client.programs.list({});
    expect(programs.find((program) => program.id === own.id)).toMatchObject({ active: false, archived: false });
    expect(programs.find((program) => program.id === results[0].copyId)).toMatchObject({ active: true });
    expect((await callers.client.workouts.today()).schedule).toMatchObject({ status: "not_started" });
  });

  it("makes nothing twice: the same request again, or several at once", async () => {
    const { callers, users, secondUser, template, today } = await assignmentCast();
    const request = { programId: template.id, clientIds: [users.client.id, secondUser.id], startDate: today };
    const first = await callers.trainer.trainerPrograms.assign(request);
    const retried = await callers.trainer.trainerPrograms.assign(request);
    expect(retried.results.map((outcome) => outcome.status)).toEqual(["already_assigned", "already_assigned"]);
    expect(retried.results.map((outcome) => outcome.copyId)).toEqual(first.results.map((outcome) => outcome.copyId));
    expect(await copiesOf(template.id)).toBe(2);

    // A different start date is another assignment; sent five times at once it is still made once.
    const nextWeek = addDaysToKey(today, 7);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => callers.trainer.trainerPrograms.assign({ ...request, clientIds: [users.client.id], startDate: nextWeek })));
    const statuses = concurrent.map((response) => response.results[0].status);
    expect(statuses.filter((status) => status === "assigned")).toHaveLength(1);
    expect(statuses.filter((status) => status === "already_assigned")).toHaveLength(4);
    expect(new Set(concurrent.map((response) => response.results[0].copyId)).size).toBe(1);
    expect(await copiesOf(template.id)).toBe(3);
    expect((await callers.client.programs.get({ programId: concurrent[0].results[0].copyId! })).startDate).toBe(nextWeek);
    // A repeated id in one request is one assignment.
    const doubled = await callers.trainer.trainerPrograms.assign({ ...request, clientIds: [secondUser.id, secondUser.id.toUpperCase()] });
    expect(doubled.results).toHaveLength(1);
    expect(await copiesOf(template.id)).toBe(3);
  });

  it("refuses the whole request when any id is not the trainer's client, and makes nothing", async () => {
    const { callers, users, secondUser, template, today } = await assignmentCast();
    const stranger = await makeUser("member");
    for (const intruder of [users.otherMember.id, stranger.id, users.otherTrainer.id, new Types.ObjectId().toHexString()]) {
      expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id, intruder, secondUser.id], startDate: today }))).toBe("FORBIDDEN");
    }
    expect(await copiesOf(template.id)).toBe(0);
    expect((await UserModel.findById(users.client.id).lean())!.training?.activeProgram ?? null).toBeNull();
    expect(await AuditEventModel.countDocuments({ action: "access.denied", subjectType: "program", targetUserId: new Types.ObjectId(users.otherMember.id) })).toBeGreaterThanOrEqual(1);

    // A former client is no longer one.
    await endLink(users.trainer.id, secondUser.id);
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [secondUser.id], startDate: today }))).toBe("FORBIDDEN");
    // Bad input never gets that far.
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [], startDate: today }))).toBe("BAD_REQUEST");
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: Array.from({ length: 51 }, () => new Types.ObjectId().toHexString()), startDate: today }))).toBe("BAD_REQUEST");
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: "next monday" }))).toBe("BAD_REQUEST");
    expect(await copiesOf(template.id)).toBe(0);
  });

  it("assigns only templates the trainer owns, not archived, with exercises the client can see", async () => {
    const { callers, users, template, today } = await assignmentCast();
    const clientsProgram = await callers.client.programs.create({ content: linearProgram("barbell-bench-press", 1) });
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: clientsProgram.id, clientIds: [users.client.id], startDate: today }))).toBe("FORBIDDEN");
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: new Types.ObjectId().toHexString(), clientIds: [users.client.id], startDate: today }))).toBe("NOT_FOUND");

    const privateExercise = await callers.trainer.exercises.create({ name: "Tess's Secret Squat", primaryMuscles: ["quads"], equipment: "barbell", pattern: "squat", measurement: "weight_reps" });
    const secret = await callers.trainer.programs.create({ content: linearProgram(privateExercise.id, 1) });
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: secret.id, clientIds: [users.client.id], startDate: today }))).toBe("BAD_REQUEST");
    expect(await copiesOf(secret.id)).toBe(0);
    // One the trainer shares with clients is fine.
    const shared = await callers.trainer.exercises.create({ name: "Tess's Shared Squat", primaryMuscles: ["quads"], equipment: "barbell", pattern: "squat", measurement: "weight_reps", shareWithClients: true });
    const sharedTemplate = await callers.trainer.programs.create({ content: linearProgram(shared.id, 1) });
    expect((await callers.trainer.trainerPrograms.assign({ programId: sharedTemplate.id, clientIds: [users.client.id], startDate: today })).results[0].status).toBe("assigned");

    await callers.trainer.programs.archive({ programId: template.id, archived: true });
    expect(await codeOf(callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: today }))).toBe("BAD_REQUEST");
  });

  it("lets only the client's trainer assign and list assignments", async () => {
    const cast = await assignmentCast();
    const { users, template, today } = cast;
    const assigned = await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: today }));
    expect(assigned.results).toEqual([expect.objectContaining({ clientId: users.client.id, status: "assigned" })]);
    // The other trainer's own template, aimed at this trainer's client, is refused too.
    const othersTemplate = await cast.callers.otherTrainer.programs.create({ content: linearProgram("barbell-back-squat", 1) });
    expect(await codeOf(cast.callers.otherTrainer.trainerPrograms.assign({ programId: othersTemplate.id, clientIds: [users.client.id], startDate: today }))).toBe("FORBIDDEN");
    expect(await copiesOf(othersTemplate.id)).toBe(0);

    const listed = await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerPrograms.assignments({ programId: template.id }));
    expect(listed.assignments.map((assignment) => assignment.clientId)).toEqual([users.client.id]);
  });

  it("lists the trainer's active clients for the picker, to trainers only", async () => {
    const { callers, users, secondUser } = await assignmentCast();
    expect(await callers.trainer.trainerPrograms.clientsForAssignment()).toEqual([
      // The names the members gave in their profiles.
      { id: users.client.id, name: "Robin" },
      { id: secondUser.id, name: "Sid" },
    ]);
    expect(await callers.otherTrainer.trainerPrograms.clientsForAssignment()).toEqual([{ id: users.otherMember.id, name: "Mo" }]);
    expect(await codeOf(callers.client.trainerPrograms.clientsForAssignment())).toBe("FORBIDDEN");
    expect(await codeOf(callers.otherMember.trainerPrograms.clientsForAssignment())).toBe("FORBIDDEN");
    expect(await codeOf(callers.signedOut.trainerPrograms.clientsForAssignment())).toBe("UNAUTHORIZED");
    await endLink(users.trainer.id, secondUser.id);
    expect((await callers.trainer.trainerPrograms.clientsForAssignment()).map((client) => client.id)).toEqual([users.client.id]);
  });

  it("keeps the copy the client's: they edit it, the trainer's template stays", async () => {
    const { callers, users, template, today } = await assignmentCast();
    const { results } = await callers.trainer.trainerPrograms.assign({ programId: template.id, clientIds: [users.client.id], startDate: today });
    const copy = await callers.client.programs.get({ programId: results[0].copyId! });
    await callers.client.programs.update({ programId: copy.id, version: copy.version, content: { ...copy.content, name: "Cleo's squats" } });
    expect((await callers.trainer.programs.get({ programId: template.id })).name).toBe("Squat block");
    expect((await callers.trainer.trainerPrograms.assignments({ programId: template.id })).assignments[0]).toMatchObject({ copyId: copy.id, active: true });
  });
});
