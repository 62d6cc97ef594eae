import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Types } from "mongoose";
import type { z } from "zod";
import { env } from "@/lib/env";
import type {
  InvitationStatus,
  TCodeInvitation,
  TCreatedCode,
  TMemberInvitation,
  TTrainerInvitation,
  ZCreateCodeRequestSchema,
  ZInviteByEmailRequestSchema,
} from "@/lib/schemas/coaching";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { CoachingInvitationModel, CoachingInvitationUseModel, type CoachingInvitationDoc } from "./coaching-invitation-model";
import { CoachingLinkModel } from "./coaching-link-model";
import { activeTrainerIdOf, linkClient } from "./coaching-service";

type Trainer = Pick<SessionUser, "id" | "email">;
type Member = Pick<SessionUser, "id" | "email" | "role">;
type StoredInvitation = CoachingInvitationDoc & { _id: Types.ObjectId; createdAt: Date };
type StoredUse = { _id: Types.ObjectId; outcome: "accepted" | "declined" | "revoked"; userId: Types.ObjectId; at: Date };

const DAY_MS = 86_400_000;
/** A trainer may make this many invitations a day (emails and codes together): enough for a busy week, not for spam. */
export const DAILY_INVITATION_LIMIT = 100;

export const hashCode = (code: string) => createHash("sha256").update(code, "utf8").digest("hex");
const newCode = () => randomBytes(16).toString("base64url");
const idOf = (id: string) => (/^[a-f0-9]{24}$/i.test(id) ? new Types.ObjectId(id) : null);

function statusOf(invitation: StoredInvitation, use: StoredUse | null | undefined, now: Date): InvitationStatus {
  if (use) return use.outcome;
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

async function usesOf(ids: Types.ObjectId[]): Promise<Map<string, StoredUse>> {
  if (ids.length === 0) return new Map();
  const uses = (await CoachingInvitationUseModel.find({ _id: { $in: ids } }).lean()) as StoredUse[];
  return new Map(uses.map((use) => [String(use._id), use]));
}

async function useOf(id: Types.ObjectId): Promise<StoredUse | null> {
  return (await CoachingInvitationUseModel.findById(id).lean()) as StoredUse | null;
}

/** Display names (name, else email) of users, by id. */
async function namesOf(ids: Types.ObjectId[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await UserModel.find({ _id: { $in: ids } }).select({ name: 1, email: 1 }).lean();
  return new Map(users.map((user) => [String(user._id), user.name || user.email]));
}

function toTrainerView(invitation: StoredInvitation, use: StoredUse | null | undefined, names: Map<string, string>, now: Date): TTrainerInvitation {
  const member = use && use.outcome !== "revoked" ? { id: String(use.userId), name: names.get(String(use.userId)) ?? "A member" } : null;
  return {
    id: String(invitation._id),
    kind: invitation.kind,
    email: invitation.email ?? null,
    message: invitation.message ?? null,
    status: statusOf(invitation, use, now),
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    respondedAt: use?.at ?? null,
    member,
  };
}

async function assertUnderDailyLimit(trainerId: Types.ObjectId, now: Date): Promise<void> {
  const recent = await CoachingInvitationModel.countDocuments({ trainerId, createdAt: { $gt: new Date(now.getTime() - DAY_MS) } });
  if (recent >= DAILY_INVITATION_LIMIT) throw new AppError("TOO_MANY_REQUESTS", `You can send ${DAILY_INVITATION_LIMIT} invitations a day. Try again tomorrow.`);
}

/**
 * Invites whoever signs in with `email` (an account that exists or one made later). A second pending
 * invitation from the same trainer to the same address is refused: revoke the first to send another.
 * Whether the address has an account, or is a trainer's, is not revealed here; accepting checks that.
 * `now` is the clock (tests pass one to make invitations that have already expired).
 */
export async function inviteByEmail(trainer: Trainer, request: z.output<typeof ZInviteByEmailRequestSchema>, now = new Date()): Promise<TTrainerInvitation> {
  const trainerId = new Types.ObjectId(trainer.id);
  if (request.email === trainer.email.toLowerCase()) throw new AppError("BAD_REQUEST", "You cannot invite yourself.");
  const earlier = (await CoachingInvitationModel.find({ trainerId, kind: "email", email: request.email, expiresAt: { $gt: now } }).lean()) as StoredInvitation[];
  const uses = await usesOf(earlier.map((invitation) => invitation._id));
  if (earlier.some((invitation) => !uses.has(String(invitation._id)))) {
    throw new AppError("CONFLICT", "This email already has a pending invitation from you. Revoke it to send a new one.");
  }
  await assertUnderDailyLimit(trainerId, now);
  const doc = await CoachingInvitationModel.create({
    trainerId,
    kind: "email",
    email: request.email,
    codeHash: null,
    message: request.message,
    expiresAt: new Date(now.getTime() + request.expiresInDays * DAY_MS),
    createdAt: now,
  });
  return toTrainerView(doc.toObject() as StoredInvitation, null, new Map(), now);
}

/**
 * A single-use code for a /join/<code> link: 128 random bits, of which only the SHA-256 is stored, so
 * the link is shown this once and a database leak does not hand out usable links.
 */
export async function createCodeInvitation(trainer: Trainer, request: z.output<typeof ZCreateCodeRequestSchema>, now = new Date()): Promise<TCreatedCode> {
  const trainerId = new Types.ObjectId(trainer.id);
  await assertUnderDailyLimit(trainerId, now);
  const code = newCode();
  const doc = await CoachingInvitationModel.create({
    trainerId,
    kind: "code",
    email: null,
    codeHash: hashCode(code),
    message: null,
    expiresAt: new Date(now.getTime() + request.expiresInDays * DAY_MS),
    createdAt: now,
  });
  const invitation = toTrainerView(doc.toObject() as StoredInvitation, null, new Map(), now);
  return { code, url: new URL(`/join/${code}`, env.APP_URL).toString(), expiresAt: invitation.expiresAt, invitation };
}

/** The trainer's invitations, newest first (the last 200), each with its state and who answered. */
export async function listTrainerInvitations(trainer: Pick<SessionUser, "id">, now = new Date()): Promise<TTrainerInvitation[]> {
  const invitations = (await CoachingInvitationModel.find({ trainerId: new Types.ObjectId(trainer.id) }).sort({ createdAt: -1 }).limit(200).lean()) as StoredInvitation[];
  const uses = await usesOf(invitations.map((invitation) => invitation._id));
  const names = await namesOf([...uses.values()].filter((use) => use.outcome !== "revoked").map((use) => use.userId));
  return invitations.map((invitation) => toTrainerView(invitation, uses.get(String(invitation._id)), names, now));
}

/**
 * Takes back a pending (or expired) invitation. Revoking is the same primary-key insert as accepting,
 * so a revoke and an accept at the same instant cannot both happen: the one that loses is told so.
 * Another trainer's invitation is FORBIDDEN and audited.
 */
export async function revokeInvitation(trainer: Pick<SessionUser, "id">, auditActor: AuditActor, invitationId: string, now = new Date()): Promise<TTrainerInvitation> {
  const id = idOf(invitationId);
  const invitation = id ? ((await CoachingInvitationModel.findById(id).lean()) as StoredInvitation | null) : null;
  if (!invitation) throw new AppError("NOT_FOUND", "No such invitation.");
  if (String(invitation.trainerId) !== trainer.id) {
    await recordAudit(auditActor, { action: "access.denied", subjectType: "coaching_invitation", subjectId: invitationId, outcome: "denied" });
    throw new AppError("FORBIDDEN", "This invitation belongs to another trainer.");
  }
  try {
    await CoachingInvitationUseModel.create({ _id: invitation._id, outcome: "revoked", userId: new Types.ObjectId(trainer.id), at: now });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const use = await useOf(invitation._id);
    throw new AppError("CONFLICT", `This invitation was already ${use?.outcome ?? "answered"}.`);
  }
  return toTrainerView(invitation, await useOf(invitation._id), new Map(), now);
}

/**
 * The invitations waiting for the member's email address (not expired, not answered), newest first,
 * and any the member accepted where linking stopped half-way (accepting again finishes it).
 */
export async function pendingInvitationsFor(member: Member, now = new Date()): Promise<TMemberInvitation[]> {
  const invitations = (await CoachingInvitationModel.find({ kind: "email", email: member.email.toLowerCase(), expiresAt: { $gt: now } })
    .sort({ createdAt: -1 })
    .limit(50)
    .lean()) as StoredInvitation[];
  const uses = await usesOf(invitations.map((invitation) => invitation._id));
  const pending: StoredInvitation[] = [];
  for (const invitation of invitations) {
    const use = uses.get(String(invitation._id));
    if (!use || (use.outcome === "accepted" && use.userId.equals(member.id) && (await acceptanceUnfinished(member, invitation, use)))) pending.push(invitation);
  }
  const names = await namesOf(pending.map((invitation) => invitation.trainerId as Types.ObjectId));
  return pending.map((invitation) => ({
    id: String(invitation._id),
    trainer: { id: String(invitation.trainerId), name: names.get(String(invitation.trainerId)) ?? "A trainer" },
    message: invitation.message ?? null,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  }));
}

/** An email invitation addressed to the member; anyone else's is NOT_FOUND (its existence is not revealed). */
async function loadEmailInvitation(member: Member, invitationId: string): Promise<StoredInvitation> {
  const id = idOf(invitationId);
  const invitation = id ? ((await CoachingInvitationModel.findById(id).lean()) as StoredInvitation | null) : null;
  if (!invitation || invitation.kind !== "email" || invitation.email !== member.email.toLowerCase()) throw new AppError("NOT_FOUND", "No such invitation.");
  return invitation;
}

async function loadCodeInvitation(code: string): Promise<StoredInvitation> {
  const invitation = (await CoachingInvitationModel.findOne({ codeHash: hashCode(code), kind: "code" }).lean()) as StoredInvitation | null;
  if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid. Check it, or ask your trainer for a new one.");
  return invitation;
}

const answeredMessage: Record<StoredUse["outcome"], string> = {
  accepted: "This invitation has already been used.",
  declined: "This invitation was declined.",
  revoked: "Your trainer withdrew this invitation. Ask them for a new one.",
};

/**
 * Whether the member's own acceptance (`use`) stopped before the link was made (the process stopped
 * between inserting the use and linkClient): the pair has no active history row and has not ended since
 * the acceptance, and the member has no trainer or this one (a claim without its row). A relationship
 * that was made and then ended is not brought back by answering the old invitation again.
 */
async function acceptanceUnfinished(member: Member, invitation: StoredInvitation, use: StoredUse): Promise<boolean> {
  if (use.outcome !== "accepted" || !use.userId.equals(member.id)) return false;
  const current = await activeTrainerIdOf(member.id);
  if (current && current !== String(invitation.trainerId)) return false;
  const link = await CoachingLinkModel.findOne({ trainerId: invitation.trainerId, clientId: new Types.ObjectId(member.id) }).select({ status: 1, endedAt: 1 }).lean();
  if (!link) return true;
  return link.status === "ended" && link.endedAt !== null && link.endedAt !== undefined && link.endedAt.getTime() < use.at.getTime();
}

/**
 * Why the member cannot take this invitation now, checked before anything is written. Returns "resume"
 * when it is the member's own acceptance that stopped half-way (accepting again finishes it).
 */
async function assertCanAnswer(member: Member, invitation: StoredInvitation, now: Date): Promise<"new" | "resume"> {
  if (String(invitation.trainerId) === member.id) throw new AppError("BAD_REQUEST", "This is your own invitation. Share it with the member you want to coach.");
  const use = await useOf(invitation._id);
  if (use) {
    if (await acceptanceUnfinished(member, invitation, use)) return "resume";
    throw new AppError("CONFLICT", use.userId.equals(member.id) && use.outcome === "accepted" ? "You already accepted this invitation." : answeredMessage[use.outcome]);
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "This invitation has expired. Ask your trainer for a new one.");
  return "new";
}

/**
 * Accepting: (1) checks (own invitation, role, answered, expired, already coached by someone else) for a
 * clear message; (2) inserts the use (the invitation's id as `_id`: of two members accepting one code at
 * once, one insert wins and the other gets CONFLICT); (3) links (the `coaching_active` claim: of two
 * trainers' invitations accepted at once, one wins). If (3) fails the use is deleted again, so the
 * invitation is still there to accept once the member is free; if the process stopped between (2) and
 * (3), accepting again finishes the link (see `acceptanceUnfinished`).
 */
async function accept(member: Member, invitation: StoredInvitation, now: Date): Promise<{ trainer: { id: string; name: string } }> {
  const state = await assertCanAnswer(member, invitation, now);
  if (member.role !== "member") throw new AppError("BAD_REQUEST", "Trainer and admin accounts cannot become clients. Sign in with a member account to accept.");
  const trainerId = String(invitation.trainerId);
  const current = await activeTrainerIdOf(member.id);
  if (current && current !== trainerId) throw new AppError("CONFLICT", "You already have a trainer. End coaching with them in Settings before accepting another invitation.");

  // A resumed acceptance already holds the use: only the (idempotent) link is left to make.
  if (state === "new") {
    try {
      await CoachingInvitationUseModel.create({ _id: invitation._id, outcome: "accepted", userId: new Types.ObjectId(member.id), at: now });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new AppError("CONFLICT", answeredMessage.accepted);
    }
  }
  try {
    await linkClient(trainerId, member.id);
  } catch (error) {
    await CoachingInvitationUseModel.deleteOne({ _id: invitation._id, userId: new Types.ObjectId(member.id), outcome: "accepted" });
    if (error instanceof AppError && error.code === "CONFLICT") {
      throw new AppError("CONFLICT", "You already have a trainer. End coaching with them in Settings before accepting another invitation.");
    }
    throw error;
  }
  const names = await namesOf([invitation.trainerId as Types.ObjectId]);
  return { trainer: { id: trainerId, name: names.get(trainerId) ?? "Your trainer" } };
}

export async function acceptInvitation(member: Member, invitationId: string, now = new Date()) {
  const invitation = await loadEmailInvitation(member, invitationId);
  return { invitationId: String(invitation._id), trainerId: String(invitation.trainerId), ...(await accept(member, invitation, now)) };
}

export async function acceptCode(member: Member, code: string, now = new Date()) {
  const invitation = await loadCodeInvitation(code);
  return { invitationId: String(invitation._id), trainerId: String(invitation.trainerId), ...(await accept(member, invitation, now)) };
}

/** Declines an email invitation addressed to the member (single use like accepting). */
export async function declineInvitation(member: Member, invitationId: string, now = new Date()): Promise<{ invitationId: string; trainerId: string }> {
  const invitation = await loadEmailInvitation(member, invitationId);
  // An acceptance that stopped half-way is finished by accepting, not turned into a decline.
  if ((await assertCanAnswer(member, invitation, now)) === "resume") throw new AppError("CONFLICT", "You already accepted this invitation.");
  try {
    await CoachingInvitationUseModel.create({ _id: invitation._id, outcome: "declined", userId: new Types.ObjectId(member.id), at: now });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new AppError("CONFLICT", "This invitation was already answered.");
  }
  return { invitationId: String(invitation._id), trainerId: String(invitation.trainerId) };
}

/** What a /join/<code> link leads to: the trainer's name and whether it can still be accepted. */
export async function lookupCode(member: Member, code: string, now = new Date()): Promise<TCodeInvitation> {
  const invitation = await loadCodeInvitation(code);
  const trainerId = String(invitation.trainerId);
  const names = await namesOf([invitation.trainerId as Types.ObjectId]);
  const use = await useOf(invitation._id);
  // The member's own acceptance that stopped half-way is still theirs to finish: offered as pending.
  const status = use && (await acceptanceUnfinished(member, invitation, use)) ? "pending" : statusOf(invitation, use, now);
  return { invitationId: String(invitation._id), trainer: { id: trainerId, name: names.get(trainerId) ?? "A trainer" }, status, expiresAt: invitation.expiresAt };
}
