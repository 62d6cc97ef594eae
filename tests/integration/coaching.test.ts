import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import type { THabitProgramContent } from "@/lib/schemas/habit-program";
import { appRouter } from "@/server/api/root";
import { AuditEventModel } from "@/server/audit/audit-model";
import { CoachingActiveModel } from "@/server/coaching/coaching-active-model";
import { CoachingInvitationModel, CoachingInvitationUseModel } from "@/server/coaching/coaching-invitation-model";
import { createCodeInvitation, hashCode, inviteByEmail } from "@/server/coaching/coaching-invitation-service";
import { CoachingLinkModel } from "@/server/coaching/coaching-link-model";
import { activeClientIds, activeTrainerIdOf, coaches, endLink, linkClient } from "@/server/coaching/coaching-service";
import { HabitProgramEnrollmentModel } from "@/server/habits/habit-program-model";
import { canActForMember, sharedExerciseOwnerIds } from "@/server/train/access";
import type { SessionUser } from "@/server/users/user-service";
import { coachingCast } from "./support/coaching";
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
