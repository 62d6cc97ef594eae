import mongoose, { Types } from "mongoose";
import { describe, expect, it, vi } from "vitest";
import type { THabitProgramContent } from "@/lib/schemas/habit-program";
import { appRouter } from "@/server/api/root";
import { AuditEventModel } from "@/server/audit/audit-model";
import { backfillCoachingClaims, COACHING_BACKFILL_MARKER } from "@/server/coaching/coaching-active-backfill";
import { CoachingActiveModel } from "@/server/coaching/coaching-active-model";
import { endCoaching } from "@/server/coaching/coaching-end";
import { CoachingInvitationModel, CoachingInvitationUseModel } from "@/server/coaching/coaching-invitation-model";
import { createCodeInvitation, hashCode, inviteByEmail } from "@/server/coaching/coaching-invitation-service";
import { CoachingLinkModel } from "@/server/coaching/coaching-link-model";
import { activeClientIds, activeTrainerIdOf, coaches, endLink, linkClient } from "@/server/coaching/coaching-service";
import { ensureIndexes } from "@/server/db/indexes";
import { HabitProgramEnrollmentModel } from "@/server/habits/habit-program-model";
import { canActForMember, sharedExerciseOwnerIds } from "@/server/train/access";
import { setRole, type SessionUser } from "@/server/users/user-service";
import { coachingCast, expectOnlyTheClientsTrainer } from "./support/coaching";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { codeOf, linearProgram } from "./support/training";

useDatabase();

const DAY = 86_400_000;
const oid = (id: string) => new Types.ObjectId(id);

/** A member who finished onboarding, with their caller. */
async function member(name = "Mia Member") {
  const user = await makeUser("member", name);
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, name });
  return { user, caller };
}

async function trainer(name = "Tara Trainer") {
  const user = await makeUser("trainer", name);
  return { user, caller: await callerFor(user) };
}

const auditRows = (actorId: string, action: RegExp | string) => AuditEventModel.find({ actorId: oid(actorId), action }).sort({ at: 1 }).lean();

function onePhase(): THabitProgramContent {
  const yes = (name: string) => ({ name, type: "boolean" as const, target: 1, unit: "", schedule: { kind: "daily" as const }, cue: null, reminders: [], group: "" });
  return { name: "Basics", description: "", phases: [{ name: "Start", startWeek: 1, habits: [yes("Walk")] }, { name: "Later", startWeek: 3, habits: [yes("Stretch")] }] };
}

describe("invitations by email", () => {
  it("reach the member signed in with that address, who accepts; the trainer sees it accepted; all audited", async () => {
    const coach = await trainer("Tara Trainer");
    const mia = await member("Mia");
    const invitation = await coach.caller.trainerInvitations.inviteByEmail({ email: `  ${mia.user.email.toUpperCase()} `, message: "Let's train together" });
    expect(invitation).toMatchObject({ kind: "email", email: mia.user.email, status: "pending", message: "Let's train together", member: null });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(7 * DAY);

    // Only the addressee sees it; another member can neither see nor answer it.
    const other = await member("Olly");
    expect(await other.caller.coaching.invitations()).toEqual([]);
    expect(await codeOf(other.caller.coaching.accept({ invitationId: invitation.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.caller.coaching.decline({ invitationId: invitation.id }))).toBe("NOT_FOUND");

    const [seen] = await mia.caller.coaching.invitations();
    expect(seen).toMatchObject({ id: invitation.id, trainer: { id: coach.user.id, name: "Tara Trainer" }, message: "Let's train together" });
    expect(await mia.caller.coaching.myTrainer()).toBeNull();

    expect(await mia.caller.coaching.accept({ invitationId: invitation.id })).toEqual({ trainer: { id: coach.user.id, name: "Tara Trainer" } });
    expect(await mia.caller.coaching.myTrainer()).toMatchObject({ id: coach.user.id, name: "Tara Trainer", email: coach.user.email });
    expect(await mia.caller.coaching.invitations()).toEqual([]);
    expect(await activeClientIds(coach.user.id)).toEqual([mia.user.id]);
    expect(await coaches(coach.user.id, mia.user.id)).toBe(true);

    const [listed] = await coach.caller.trainerInvitations.list();
    expect(listed).toMatchObject({ id: invitation.id, status: "accepted", member: { id: mia.user.id, name: "Mia" } });
    expect(listed.respondedAt).toBeInstanceOf(Date);
    // Accepting twice is refused, and nothing changes.
    expect(await codeOf(mia.caller.coaching.accept({ invitationId: invitation.id }))).toBe("CONFLICT");

    expect((await auditRows(coach.user.id, /^coaching\./)).map((row) => [row.action, row.outcome, row.subjectId])).toEqual([["coaching.invite", "success", invitation.id]]);
    const accepted = (await auditRows(mia.user.id, /^coaching\./)).map((row) => [row.action, row.outcome, String(row.targetUserId)]);
    expect(accepted).toEqual([
      ["coaching.accept", "success", mia.user.id],
      ["coaching.accept", "failure", mia.user.id],
    ]);
  });

  it("can be declined (then not accepted), refuses duplicates and self-invitations", async () => {
    const coach = await trainer();
    const mia = await member();
    expect(await codeOf(coach.caller.trainerInvitations.inviteByEmail({ email: coach.user.email }))).toBe("BAD_REQUEST");
    expect(await codeOf(coach.caller.trainerInvitations.inviteByEmail({ email: "not an email" }))).toBe("BAD_REQUEST");
    expect(await codeOf(coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email, expiresInDays: 31 }))).toBe("BAD_REQUEST");
    expect(await codeOf(coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email, expiresInDays: 0 }))).toBe("BAD_REQUEST");

    const invitation = await coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email, expiresInDays: 30 });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(30 * DAY);
    expect(await codeOf(coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email }))).toBe("CONFLICT");

    expect(await mia.caller.coaching.decline({ invitationId: invitation.id })).toEqual({ declined: true });
    expect(await codeOf(mia.caller.coaching.accept({ invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await mia.caller.coaching.myTrainer()).toBeNull();
    expect((await coach.caller.trainerInvitations.list())[0]).toMatchObject({ status: "declined", member: { id: mia.user.id } });
    expect(await AuditEventModel.countDocuments({ actorId: oid(mia.user.id), action: "coaching.decline", outcome: "success" })).toBe(1);
    // Once answered, the trainer may invite the address again.
    await coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email });
  });

  it("can be revoked by its trainer only; a revoked invitation cannot be accepted", async () => {
    const coach = await trainer();
    const otherCoach = await trainer("Otto");
    const mia = await member();
    const invitation = await coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email });

    expect(await codeOf(otherCoach.caller.trainerInvitations.revoke({ invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect(await AuditEventModel.countDocuments({ actorId: oid(otherCoach.user.id), action: "access.denied", subjectType: "coaching_invitation", subjectId: invitation.id })).toBe(1);
    expect(await otherCoach.caller.trainerInvitations.list()).toEqual([]);
    expect(await codeOf(coach.caller.trainerInvitations.revoke({ invitationId: new Types.ObjectId().toHexString() }))).toBe("NOT_FOUND");

    expect(await coach.caller.trainerInvitations.revoke({ invitationId: invitation.id })).toMatchObject({ status: "revoked", member: null });
    expect(await codeOf(coach.caller.trainerInvitations.revoke({ invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await mia.caller.coaching.invitations()).toEqual([]);
    expect(await codeOf(mia.caller.coaching.accept({ invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await codeOf(mia.caller.coaching.decline({ invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await AuditEventModel.countDocuments({ actorId: oid(coach.user.id), action: "coaching.revoke", outcome: "success", subjectId: invitation.id })).toBe(1);
  });

  it("reaches an address that signs up later", async () => {
    const coach = await trainer();
    const email = `later-${new Types.ObjectId().toHexString()}@test.charactercoach.app`;
    const invitation = await coach.caller.trainerInvitations.inviteByEmail({ email });
    const { createUser } = await import("@/server/users/user-service");
    const late = await createUser({ email, password: "a long and sturdy passphrase" });
    const caller = await callerFor(late);
    expect((await caller.coaching.invitations()).map((row) => row.id)).toEqual([invitation.id]);
    await caller.coaching.accept({ invitationId: invitation.id });
    expect(await activeTrainerIdOf(late.id)).toBe(coach.user.id);
  });
});

describe("expiry", () => {
  it("an invitation made more than its lifetime ago is expired: not shown, not accepted, not declined", async () => {
    const coach = await trainer();
    const mia = await member();
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    const byEmail = await inviteByEmail(coach.user, { email: mia.user.email, message: null, expiresInDays: 7 }, eightDaysAgo);
    const byCode = await createCodeInvitation(coach.user, { expiresInDays: 7 }, eightDaysAgo);
    const fresh = await createCodeInvitation(coach.user, { expiresInDays: 1 }, new Date(Date.now() - DAY + 60_000));

    expect(await mia.caller.coaching.invitations()).toEqual([]);
    expect(await codeOf(mia.caller.coaching.accept({ invitationId: byEmail.id }))).toBe("BAD_REQUEST");
    expect(await codeOf(mia.caller.coaching.decline({ invitationId: byEmail.id }))).toBe("BAD_REQUEST");
    expect(await mia.caller.coaching.lookupCode({ code: byCode.code })).toMatchObject({ status: "expired" });
    expect(await codeOf(mia.caller.coaching.acceptCode({ code: byCode.code }))).toBe("BAD_REQUEST");
    expect(await mia.caller.coaching.myTrainer()).toBeNull();
    expect(await CoachingInvitationUseModel.countDocuments({ _id: { $in: [oid(byEmail.id), oid(byCode.invitation.id)] } })).toBe(0);

    const statuses = Object.fromEntries((await coach.caller.trainerInvitations.list()).map((row) => [row.id, row.status]));
    expect(statuses).toEqual({ [byEmail.id]: "expired", [byCode.invitation.id]: "expired", [fresh.invitation.id]: "pending" });
    // An expired email invitation does not block inviting the address again.
    await coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email });
    // One minute before its day is up, the one-day code still works.
    await mia.caller.coaching.acceptCode({ code: fresh.code });
    expect(await activeTrainerIdOf(mia.user.id)).toBe(coach.user.id);
  });
});

describe("codes", () => {
  it("are shown once, stored only as a hash, lead to the trainer's name, and are single use", async () => {
    const coach = await trainer("Tara Trainer");
    const created = await coach.caller.trainerInvitations.createCode({ expiresInDays: 3 });
    expect(created.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.url).toMatch(new RegExp(`/join/${created.code}$`));
    expect(created.invitation).toMatchObject({ kind: "code", email: null, status: "pending" });
    expect(created.expiresAt.getTime() - created.invitation.createdAt.getTime()).toBe(3 * DAY);
    const stored = await CoachingInvitationModel.findById(created.invitation.id).lean();
    expect(stored).toMatchObject({ codeHash: hashCode(created.code) });
    expect(JSON.stringify(stored)).not.toContain(created.code);
    expect(JSON.stringify(await coach.caller.trainerInvitations.list())).not.toContain(created.code);
    expect(JSON.stringify(await AuditEventModel.find({ actorId: oid(coach.user.id) }).lean())).not.toContain(created.code);

    const mia = await member("Mia");
    expect(await mia.caller.coaching.lookupCode({ code: created.code })).toMatchObject({ invitationId: created.invitation.id, trainer: { id: coach.user.id, name: "Tara Trainer" }, status: "pending" });
    expect(await mia.caller.coaching.acceptCode({ code: created.code })).toEqual({ trainer: { id: coach.user.id, name: "Tara Trainer" } });
    expect((await coach.caller.trainerInvitations.list())[0]).toMatchObject({ status: "accepted", member: { id: mia.user.id, name: "Mia" } });

    const late = await member("Late");
    expect(await late.caller.coaching.lookupCode({ code: created.code })).toMatchObject({ status: "accepted" });
    expect(await codeOf(late.caller.coaching.acceptCode({ code: created.code }))).toBe("CONFLICT");
    expect(await late.caller.coaching.myTrainer()).toBeNull();
    const acceptAudit = await AuditEventModel.findOne({ actorId: oid(mia.user.id), action: "coaching.accept" }).lean();
    expect(acceptAudit).toMatchObject({ outcome: "success", subjectId: created.invitation.id, meta: { kind: "code" } });
    expect(await AuditEventModel.findOne({ actorId: oid(late.user.id), action: "coaching.accept" }).lean()).toMatchObject({ outcome: "failure", meta: { reason: "CONFLICT" } });
  });

  it("refuses unknown and malformed codes, the trainer's own code, and trainer or admin accounts", async () => {
    const coach = await trainer();
    const { code } = await coach.caller.trainerInvitations.createCode({});
    const mia = await member();
    expect(await codeOf(mia.caller.coaching.acceptCode({ code: "A".repeat(22) }))).toBe("NOT_FOUND");
    expect(await codeOf(mia.caller.coaching.lookupCode({ code: "A".repeat(22) }))).toBe("NOT_FOUND");
    expect(await codeOf(mia.caller.coaching.acceptCode({ code: "short" }))).toBe("BAD_REQUEST");
    expect(await codeOf(coach.caller.coaching.acceptCode({ code }))).toBe("BAD_REQUEST");
    expect(await codeOf((await trainer("Other")).caller.coaching.acceptCode({ code }))).toBe("BAD_REQUEST");
    expect(await codeOf((await callerFor(await makeUser("admin"))).coaching.acceptCode({ code }))).toBe("BAD_REQUEST");
    expect(await codeOf((await callerFor(null)).coaching.acceptCode({ code }))).toBe("UNAUTHORIZED");
    // None of that used it up.
    await mia.caller.coaching.acceptCode({ code });
    expect(await activeTrainerIdOf(mia.user.id)).toBe(coach.user.id);
  });

  it("are used once when two members accept the same code at the same instant", async () => {
    for (let round = 0; round < 3; round++) {
      const coach = await trainer();
      const { code, invitation } = await coach.caller.trainerInvitations.createCode({});
      const [a, b] = await Promise.all([member("A"), member("B")]);
      const outcomes = await Promise.all([codeOf(a.caller.coaching.acceptCode({ code })), codeOf(b.caller.coaching.acceptCode({ code }))]);
      expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
      expect(await activeClientIds(coach.user.id)).toHaveLength(1);
      expect(await CoachingLinkModel.countDocuments({ trainerId: oid(coach.user.id) })).toBe(1);
      expect(await CoachingInvitationUseModel.countDocuments({ _id: oid(invitation.id) })).toBe(1);
    }
  });
});

describe("one active trainer per member", () => {
  it("accepting while coached by someone else is refused with a clear message and uses nothing", async () => {
    const first = await trainer("First");
    const second = await trainer("Second");
    const mia = await member();
    await linkClient(first.user.id, mia.user.id);
    const invitation = await second.caller.trainerInvitations.inviteByEmail({ email: mia.user.email });
    const { code } = await second.caller.trainerInvitations.createCode({});
    await expect(mia.caller.coaching.accept({ invitationId: invitation.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already have a trainer/) });
    expect(await codeOf(mia.caller.coaching.acceptCode({ code }))).toBe("CONFLICT");
    expect(await mia.caller.coaching.invitations()).toHaveLength(1);
    expect(await activeTrainerIdOf(mia.user.id)).toBe(first.user.id);
    // After ending with the first trainer, the second's invitation can be taken.
    await mia.caller.coaching.end();
    await mia.caller.coaching.accept({ invitationId: invitation.id });
    expect(await activeTrainerIdOf(mia.user.id)).toBe(second.user.id);
  });

  it("two trainers' invitations accepted at the same instant make one link; the other stays pending", async () => {
    for (let round = 0; round < 3; round++) {
      const [t1, t2] = await Promise.all([trainer("One"), trainer("Two")]);
      const mia = await member();
      const [c1, c2] = await Promise.all([t1.caller.trainerInvitations.createCode({}), t2.caller.trainerInvitations.createCode({})]);
      const outcomes = await Promise.all([codeOf(mia.caller.coaching.acceptCode({ code: c1.code })), codeOf(mia.caller.coaching.acceptCode({ code: c2.code }))]);
      expect([...outcomes].sort()).toEqual(["CONFLICT", "OK"]);
      const [winner, loser, loserInvitation] = outcomes[0] === "OK" ? [t1, t2, c2] : [t2, t1, c1];
      expect(await activeTrainerIdOf(mia.user.id)).toBe(winner.user.id);
      expect(await activeClientIds(loser.user.id)).toEqual([]);
      expect(await CoachingLinkModel.countDocuments({ clientId: oid(mia.user.id), status: "active" })).toBe(1);
      expect((await loser.caller.trainerInvitations.list()).find((row) => row.id === loserInvitation.invitation.id)?.status).toBe("pending");
    }
  });

  it("linkClient from two trainers at once: one wins, the other gets CONFLICT", async () => {
    for (let round = 0; round < 3; round++) {
      const [t1, t2] = await Promise.all([makeUser("trainer"), makeUser("trainer")]);
      const client = await makeUser();
      const results = await Promise.allSettled([linkClient(t1.id, client.id), linkClient(t2.id, client.id)]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await CoachingLinkModel.countDocuments({ clientId: oid(client.id), status: "active" })).toBe(1);
      expect(await CoachingActiveModel.countDocuments({ _id: oid(client.id) })).toBe(1);
    }
  });
});

describe("ending coaching", () => {
  it("the member ends it at any time: the trainer loses access at once and their habit programs end", async () => {
    const cast = await coachingCast();
    const { trainer: coach, client } = cast.callers;
    const program = await coach.habitPrograms.create({ content: onePhase() });
    const { enrollment } = await coach.habitPrograms.assign({ programId: program.id, clientId: cast.users.client.id, startDate: cast.today });
    expect(await coach.trainerHabits.listForClient({ clientId: cast.users.client.id })).toHaveLength(2);

    expect(await client.coaching.end()).toEqual({ ended: true });
    expect(await client.coaching.myTrainer()).toBeNull();
    expect(await codeOf(coach.trainerHabits.listForClient({ clientId: cast.users.client.id }))).toBe("FORBIDDEN");
    expect(await codeOf(coach.programs.list({ ownerId: cast.users.client.id }))).toBe("FORBIDDEN");
    expect(await activeClientIds(cast.users.trainer.id)).toEqual([]);
    expect(await HabitProgramEnrollmentModel.findById(enrollment.id).lean()).toMatchObject({ status: "ended" });
    // The started habit stays the member's; the later phase's was archived.
    const habits = await client.habits.list();
    expect(habits.map((habit) => habit.name)).toEqual(["Walk"]);
    expect(await CoachingLinkModel.findOne({ trainerId: oid(cast.users.trainer.id), clientId: oid(cast.users.client.id) }).lean()).toMatchObject({ status: "ended" });
    expect(await AuditEventModel.findOne({ actorId: oid(cast.users.client.id), action: "coaching.end" }).lean()).toMatchObject({
      outcome: "success",
      subjectId: cast.users.trainer.id,
      meta: { ended: true, endedEnrollments: 1 },
    });

    // Ending again changes nothing; the other pair is untouched.
    expect(await client.coaching.end()).toEqual({ ended: false });
    expect(await activeTrainerIdOf(cast.users.otherMember.id)).toBe(cast.users.otherTrainer.id);
  });

  it("the trainer ends it with one client: only that client's own trainer may, and it is audited", async () => {
    const cast = await coachingCast();
    const clientId = cast.users.client.id;
    const program = await cast.callers.trainer.habitPrograms.create({ content: onePhase() });
    await cast.callers.trainer.habitPrograms.assign({ programId: program.id, clientId, startDate: cast.today });

    expect(await expectOnlyTheClientsTrainer(cast, (caller) => caller.trainerClients.end({ clientId }))).toEqual({ ended: true, endedEnrollments: 1 });
    expect(await cast.callers.client.coaching.myTrainer()).toBeNull();
    expect(await codeOf(cast.callers.trainer.trainerClients.detail({ clientId }))).toBe("FORBIDDEN");
    expect(await CoachingLinkModel.findOne({ trainerId: oid(cast.users.trainer.id), clientId: oid(clientId) }).lean()).toMatchObject({ status: "ended" });
    // The member keeps the habit they had started.
    expect((await cast.callers.client.habits.list()).map((habit) => habit.name)).toEqual(["Walk"]);
    expect(await AuditEventModel.findOne({ actorId: oid(cast.users.trainer.id), action: "coaching.end", outcome: "success" }).lean()).toMatchObject({
      targetUserId: oid(clientId),
      meta: { by: "trainer", ended: true, endedEnrollments: 1 },
    });
    // Ending again: no longer their client. The other pair is untouched.
    expect(await codeOf(cast.callers.trainer.trainerClients.end({ clientId }))).toBe("FORBIDDEN");
    expect(await activeTrainerIdOf(cast.users.otherMember.id)).toBe(cast.users.otherTrainer.id);
  });

  it("endLink and linkClient keep the claim and the history row in step", async () => {
    const coach = await makeUser("trainer");
    const client = await makeUser();
    await linkClient(coach.id, client.id);
    expect(await endLink(coach.id, client.id)).toBe(true);
    expect(await CoachingActiveModel.countDocuments({ _id: oid(client.id) })).toBe(0);
    expect(await endLink(coach.id, client.id)).toBe(false);
    // A half-made link (claim without an active history row) is repaired by linking again.
    await CoachingActiveModel.create({ _id: oid(client.id), trainerId: oid(coach.id) });
    expect(await linkClient(coach.id, client.id)).toMatchObject({ status: "active", endedAt: null });
  });
});

describe("access for the member's trainer (server/train/access.ts)", () => {
  it("lets the client's own trainer act for them, and nobody else", async () => {
    const cast = await coachingCast();
    const { trainer: coach, otherTrainer, client, otherMember } = cast.callers;
    const clientId = cast.users.client.id;
    const own = await client.programs.create({ content: linearProgram("barbell-bench-press", 1) });

    // The trainer of the client reads and writes the client's programs.
    expect((await coach.programs.list({ ownerId: clientId })).map((program) => program.id)).toEqual([own.id]);
    const written = await coach.programs.create({ ownerId: clientId, content: linearProgram("barbell-bench-press", 2) });
    expect(written.ownerId).toBe(clientId);
    expect((await client.programs.get({ programId: written.id })).id).toBe(written.id);

    // Another trainer, another member and an admin are refused; a member never acts for their trainer.
    const admin = await callerFor(await makeUser("admin"));
    for (const caller of [otherTrainer, otherMember, admin]) {
      expect(await codeOf(caller.programs.list({ ownerId: clientId }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.programs.get({ programId: own.id }))).toBe("FORBIDDEN");
    }
    const trainersOwn = await coach.programs.create({ content: linearProgram("barbell-bench-press", 3) });
    expect(await codeOf(client.programs.get({ programId: trainersOwn.id }))).toBe("FORBIDDEN");
    expect(await codeOf(client.programs.list({ ownerId: cast.users.trainer.id }))).toBe("FORBIDDEN");

    const asUser = (user: SessionUser) => ({ id: user.id, role: user.role });
    expect(await canActForMember(asUser(cast.users.trainer), clientId)).toBe(true);
    expect(await canActForMember(asUser(cast.users.otherTrainer), clientId)).toBe(false);
    expect(await canActForMember(asUser(cast.users.client), cast.users.trainer.id)).toBe(false);
    // A trainer demoted to member keeps no power over former clients, link or not.
    expect(await canActForMember({ id: cast.users.trainer.id, role: "member" }, clientId)).toBe(false);
  });

  it("shows the trainer's shared exercises to their clients only", async () => {
    const cast = await coachingCast();
    const { trainer: coach, client, otherMember } = cast.callers;
    const shared = await coach.exercises.create({ name: `Coach Carry ${new Types.ObjectId().toHexString().slice(-6)}`, primaryMuscles: ["abs"], equipment: "other", pattern: "core", measurement: "time", shareWithClients: true });
    const found = async (caller: typeof client) => (await caller.exercises.search({ query: shared.name })).map((exercise) => exercise.id);
    expect(await found(client)).toEqual([shared.id]);
    expect(await found(otherMember)).toEqual([]);
    expect((await sharedExerciseOwnerIds(cast.users.client)).map(String)).toEqual([cast.users.trainer.id]);
    expect(await sharedExerciseOwnerIds(cast.users.trainer)).toEqual([]);
    await client.coaching.end();
    expect(await found(client)).toEqual([]);
  });
});

describe("who may call what", () => {
  const trainerPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("trainerInvitations."));
  const memberPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("coaching."));
  const call = async (user: { id: string } | null, path: string, input: unknown) => {
    const [router, procedure] = path.split(".");
    return ((await callerFor(user)) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[router][procedure](input);
  };

  it("covers both routers", () => {
    expect(trainerPaths.sort()).toEqual(["trainerInvitations.createCode", "trainerInvitations.inviteByEmail", "trainerInvitations.list", "trainerInvitations.revoke"]);
    expect(memberPaths).toHaveLength(7);
  });

  it.each(trainerPaths)("%s: signed out → UNAUTHORIZED, member → FORBIDDEN (audited)", async (path) => {
    const someone = await makeUser();
    expect(await codeOf(call(null, path, {}))).toBe("UNAUTHORIZED");
    expect(await codeOf(call(someone, path, {}))).toBe("FORBIDDEN");
    expect(await AuditEventModel.findOne({ action: "access.denied", actorId: oid(someone.id) }).lean()).toMatchObject({ subjectId: path });
  });

  it.each(memberPaths)("%s: signed out → UNAUTHORIZED", async (path) => {
    expect(await codeOf(call(null, path, {}))).toBe("UNAUTHORIZED");
  });

  it("the trainer side takes no client id, so the client matrix has nothing to cover; invitation ids are checked per trainer", async () => {
    const cast = await coachingCast();
    const invitation = await cast.callers.trainer.trainerInvitations.inviteByEmail({ email: `x-${Date.now()}@test.charactercoach.app` });
    expect(await codeOf(cast.callers.otherTrainer.trainerInvitations.revoke({ invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.client.trainerInvitations.revoke({ invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect(await codeOf(cast.callers.signedOut.trainerInvitations.revoke({ invitationId: invitation.id }))).toBe("UNAUTHORIZED");
    expect((await cast.callers.otherTrainer.trainerInvitations.list()).map((row) => row.id)).not.toContain(invitation.id);
  });
});

describe("an ended relationship stays ended (restarts, crashes, races)", () => {
  const appMeta = () => mongoose.connection.collection<{ _id: string }>("app_meta");
  const forgetBackfill = () => appMeta().deleteOne({ _id: COACHING_BACKFILL_MARKER });
  const testActor = { userId: null, role: "test", requestId: null, ip: null };

  it("start-up does not re-create claims once the one-time backfill has run", async () => {
    // Connecting ran ensureIndexes, which ran the backfill and left its marker.
    expect(await appMeta().findOne({ _id: COACHING_BACKFILL_MARKER })).not.toBeNull();
    const coach = await makeUser("trainer");
    const client = await makeUser();
    await linkClient(coach.id, client.id);
    // Ending stopped half-way with the claim gone and the history row still "active" (the old order).
    await CoachingActiveModel.deleteOne({ _id: oid(client.id) });
    await ensureIndexes(mongoose.connection); // what every process start (app, CLI, second instance) runs
    expect(await coaches(coach.id, client.id)).toBe(false);
    expect(await backfillCoachingClaims()).toEqual({ ran: false, restored: 0 });
    expect(await coaches(coach.id, client.id)).toBe(false);
  });

  it("the backfill runs until it completes once, restores claims of active links only, and then never again", async () => {
    const coach = await makeUser("trainer");
    const [legacy, former] = await Promise.all([makeUser(), makeUser()]);
    // A link from before claims existed (active, no claim) and an ended one (no claim).
    await CoachingLinkModel.create({ trainerId: oid(coach.id), clientId: oid(legacy.id), status: "active", startedAt: new Date(Date.now() - DAY) });
    await CoachingLinkModel.create({ trainerId: oid(coach.id), clientId: oid(former.id), status: "ended", startedAt: new Date(Date.now() - 2 * DAY), endedAt: new Date() });
    await forgetBackfill();

    // A pass that crashes leaves no marker, so the next start runs it again.
    const spy = vi.spyOn(CoachingActiveModel, "create").mockRejectedValueOnce(new Error("process stopped"));
    try {
      await expect(backfillCoachingClaims()).rejects.toThrow("process stopped");
    } finally {
      spy.mockRestore();
    }
    expect(await appMeta().findOne({ _id: COACHING_BACKFILL_MARKER })).toBeNull();

    expect(await backfillCoachingClaims()).toMatchObject({ ran: true });
    expect(await coaches(coach.id, legacy.id)).toBe(true);
    expect(await coaches(coach.id, former.id)).toBe(false);
    expect(await appMeta().findOne({ _id: COACHING_BACKFILL_MARKER })).not.toBeNull();

    // Once done, it is done: a claim that goes later is not brought back by any start.
    await CoachingActiveModel.deleteOne({ _id: oid(legacy.id) });
    expect(await backfillCoachingClaims()).toEqual({ ran: false, restored: 0 });
    await ensureIndexes(mongoose.connection);
    expect(await coaches(coach.id, legacy.id)).toBe(false);
  });

  it("a link that ends while the backfill runs keeps its end", async () => {
    const coach = await makeUser("trainer");
    const client = await makeUser();
    await CoachingLinkModel.create({ trainerId: oid(coach.id), clientId: oid(client.id), status: "active", startedAt: new Date() });
    await forgetBackfill();
    // The member ends coaching between the backfill reading the link and inserting its claim.
    const create = CoachingActiveModel.create.bind(CoachingActiveModel);
    const spy = vi.spyOn(CoachingActiveModel, "create").mockImplementation((async (doc: { _id: Types.ObjectId }) => {
      if (String(doc._id) === client.id) await endLink(coach.id, client.id);
      return create(doc);
    }) as unknown as typeof CoachingActiveModel.create);
    try {
      await backfillCoachingClaims();
    } finally {
      spy.mockRestore();
    }
    expect(await coaches(coach.id, client.id)).toBe(false);
    expect(await CoachingActiveModel.countDocuments({ _id: oid(client.id) })).toBe(0);
  });

  it("ending marks the history row ended before the claim goes; ending again finishes an interrupted end", async () => {
    const coach = await makeUser("trainer");
    const client = await makeUser();
    await linkClient(coach.id, client.id);
    const spy = vi.spyOn(CoachingActiveModel, "deleteOne").mockRejectedValueOnce(new Error("process stopped"));
    try {
      await expect(endCoaching({ id: client.id }, testActor)).rejects.toThrow("process stopped");
    } finally {
      spy.mockRestore();
    }
    expect(await CoachingLinkModel.findOne({ trainerId: oid(coach.id), clientId: oid(client.id) }).lean()).toMatchObject({ status: "ended" });
    // No "active" row without a claim is left for anything to restore; the member still sees the trainer
    // (the claim is there) and ending again removes it.
    await forgetBackfill();
    await backfillCoachingClaims();
    expect(await endCoaching({ id: client.id }, testActor)).toMatchObject({ trainerId: coach.id });
    expect(await coaches(coach.id, client.id)).toBe(false);
    await backfillCoachingClaims();
    expect(await coaches(coach.id, client.id)).toBe(false);
  });
});

describe("role changes end the coaching the new role rules out", () => {
  const roleChangeEnds = (clientId: string) => AuditEventModel.find({ action: "coaching.end", targetUserId: oid(clientId), "meta.reason": "role_change" }).lean();

  it("a client made a trainer loses their trainer; a trainer made a member loses their clients and their habit programs end", async () => {
    const cast = await coachingCast();
    const admin = await makeUser("admin");
    const adminCaller = await callerFor(admin);
    const program = await cast.callers.trainer.habitPrograms.create({ content: onePhase() });
    const { enrollment } = await cast.callers.trainer.habitPrograms.assign({ programId: program.id, clientId: cast.users.client.id, startDate: cast.today });
    const second = await makeUser("member", "Second Client");
    await linkClient(cast.users.trainer.id, second.id);

    // trainer → member: every client goes, programs end, each pair audited with the admin as actor.
    expect(await adminCaller.admin.setRole({ userId: cast.users.trainer.id, role: "member" })).toMatchObject({ previousRole: "trainer" });
    expect(await activeClientIds(cast.users.trainer.id)).toEqual([]);
    expect(await activeTrainerIdOf(cast.users.client.id)).toBeNull();
    expect(await HabitProgramEnrollmentModel.findById(enrollment.id).lean()).toMatchObject({ status: "ended" });
    for (const clientId of [cast.users.client.id, second.id]) {
      const [row] = await roleChangeEnds(clientId);
      expect(row).toMatchObject({ outcome: "success", actorRole: "admin", subjectId: cast.users.trainer.id, meta: { role: "member" } });
      expect(String(row.actorId)).toBe(admin.id);
    }
    expect(await AuditEventModel.findOne({ action: "user.role_change", targetUserId: oid(cast.users.trainer.id) }).lean()).toMatchObject({ meta: { endedCoaching: 2 } });
    // The backfill does not bring them back either.
    await backfillCoachingClaims();
    expect(await activeClientIds(cast.users.trainer.id)).toEqual([]);

    // member → trainer: their own trainer goes. The other pair of the cast is untouched until then.
    expect(await activeTrainerIdOf(cast.users.otherMember.id)).toBe(cast.users.otherTrainer.id);
    await adminCaller.admin.setRole({ userId: cast.users.otherMember.id, role: "trainer" });
    expect(await activeTrainerIdOf(cast.users.otherMember.id)).toBeNull();
    expect(await codeOf(cast.callers.otherTrainer.trainerHabits.listForClient({ clientId: cast.users.otherMember.id }))).toBe("FORBIDDEN");
    expect(await roleChangeEnds(cast.users.otherMember.id)).toHaveLength(1);
    expect(await CoachingLinkModel.findOne({ trainerId: oid(cast.users.otherTrainer.id), clientId: oid(cast.users.otherMember.id) }).lean()).toMatchObject({ status: "ended" });
  });

  it("the command line's setRole does the same, audited as the system; a trainer made an admin keeps their clients", async () => {
    const coach = await makeUser("trainer");
    const client = await makeUser();
    await linkClient(coach.id, client.id);
    expect(await setRole(coach.id, "admin")).toEqual({ previousRole: "trainer", endedCoaching: 0 });
    expect(await coaches(coach.id, client.id)).toBe(true);
    expect(await setRole(client.id, "trainer")).toEqual({ previousRole: "member", endedCoaching: 1 });
    expect(await coaches(coach.id, client.id)).toBe(false);
    expect(await roleChangeEnds(client.id)).toMatchObject([{ actorRole: "system", subjectId: coach.id }]);
  });
});

describe("an acceptance interrupted before linking", () => {
  const useRow = (invitationId: string, userId: string, at = new Date()) => CoachingInvitationUseModel.create({ _id: oid(invitationId), outcome: "accepted", userId: oid(userId), at });

  it("is finished by accepting the code again, once", async () => {
    const coach = await trainer("Tara Trainer");
    const { code, invitation } = await coach.caller.trainerInvitations.createCode({});
    const mia = await member("Mia");
    await useRow(invitation.id, mia.user.id); // the use was written, then the process stopped
    // The /join page offers it to her again (to anyone else it is taken).
    expect(await mia.caller.coaching.lookupCode({ code })).toMatchObject({ status: "pending" });
    const olly = await member("Olly");
    expect(await olly.caller.coaching.lookupCode({ code })).toMatchObject({ status: "accepted" });
    expect(await mia.caller.coaching.acceptCode({ code })).toEqual({ trainer: { id: coach.user.id, name: "Tara Trainer" } });
    expect(await activeTrainerIdOf(mia.user.id)).toBe(coach.user.id);
    expect(await CoachingLinkModel.findOne({ trainerId: oid(coach.user.id), clientId: oid(mia.user.id) }).lean()).toMatchObject({ status: "active" });
    expect(await CoachingInvitationUseModel.countDocuments({ _id: oid(invitation.id) })).toBe(1);
    // Done now: accepting again is "already accepted", as for any finished acceptance.
    expect(await codeOf(mia.caller.coaching.acceptCode({ code }))).toBe("CONFLICT");
    expect(await mia.caller.coaching.lookupCode({ code })).toMatchObject({ status: "accepted" });
    // After the member ends coaching, the old invitation does not bring the trainer back.
    await mia.caller.coaching.end();
    expect(await codeOf(mia.caller.coaching.acceptCode({ code }))).toBe("CONFLICT");
    expect(await activeTrainerIdOf(mia.user.id)).toBeNull();
  });

  it("shows an email invitation again, to be accepted (not declined), and only to the member who accepted it", async () => {
    const coach = await trainer("Tara Trainer");
    const mia = await member("Mia");
    const invitation = await coach.caller.trainerInvitations.inviteByEmail({ email: mia.user.email });
    await useRow(invitation.id, mia.user.id);
    expect((await mia.caller.coaching.invitations()).map((row) => row.id)).toEqual([invitation.id]);
    expect(await codeOf(mia.caller.coaching.decline({ invitationId: invitation.id }))).toBe("CONFLICT");
    expect(await mia.caller.coaching.accept({ invitationId: invitation.id })).toMatchObject({ trainer: { id: coach.user.id } });
    expect(await mia.caller.coaching.invitations()).toEqual([]);
    expect(await coaches(coach.user.id, mia.user.id)).toBe(true);
  });

  it("is not finished for another member, nor while the member has another trainer", async () => {
    const coach = await trainer();
    const { code, invitation } = await coach.caller.trainerInvitations.createCode({});
    const [mia, olly] = await Promise.all([member("Mia"), member("Olly")]);
    await useRow(invitation.id, mia.user.id);
    expect(await codeOf(olly.caller.coaching.acceptCode({ code }))).toBe("CONFLICT");
    expect(await activeTrainerIdOf(olly.user.id)).toBeNull();
    const other = await makeUser("trainer");
    await linkClient(other.id, mia.user.id);
    expect(await codeOf(mia.caller.coaching.acceptCode({ code }))).toBe("CONFLICT");
    expect(await activeTrainerIdOf(mia.user.id)).toBe(other.id);
  });
});
