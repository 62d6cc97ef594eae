import "server-only";
import { Types } from "mongoose";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import { CoachingActiveModel } from "./coaching-active-model";
import { CoachingLinkModel } from "./coaching-link-model";

export type CoachingLink = { trainerId: string; clientId: string; status: "active" | "ended"; startedAt: Date; endedAt: Date | null };

const objectIdOrNull = (id: string) => (/^[a-f0-9]{24}$/i.test(id) ? new Types.ObjectId(id) : null);

/**
 * The member's trainer right now, or null. One primary-key read of `coaching_active` (the claim that
 * makes "one trainer per member" atomic), so every access check can afford it.
 */
export async function activeTrainerIdOf(clientId: string): Promise<string | null> {
  const client = objectIdOrNull(clientId);
  if (!client) return null;
  const claim = await CoachingActiveModel.findById(client).select({ trainerId: 1 }).lean();
  return claim ? String(claim.trainerId) : null;
}

/** Whether `trainerId` coaches `clientId` right now. Admins are not implicitly everyone's trainer. */
export async function coaches(trainerId: string, clientId: string): Promise<boolean> {
  if (!objectIdOrNull(trainerId)) return false;
  return (await activeTrainerIdOf(clientId)) === trainerId.toLowerCase();
}

/** Throws FORBIDDEN unless `clientId` is an active client of `trainerId`. */
export async function assertCoaches(trainerId: string, clientId: string): Promise<void> {
  if (!(await coaches(trainerId, clientId))) throw new AppError("FORBIDDEN", "This member is not your client.");
}

/**
 * `assertCoaches` for procedures: a refusal also leaves an `access.denied` audit row naming the member,
 * because a trainer reaching for someone else's client is how probing shows up.
 */
export async function requireClient(auditActor: AuditActor, trainerId: string, clientId: string, subjectType: string, subjectId: string | null): Promise<void> {
  if (await coaches(trainerId, clientId)) return;
  await recordAudit(auditActor, { action: "access.denied", subjectType, subjectId, targetUserId: clientId, outcome: "denied" });
  throw new AppError("FORBIDDEN", "This member is not your client.");
}

/** Ids of the trainer's active clients. */
export async function activeClientIds(trainerId: string): Promise<string[]> {
  const trainer = objectIdOrNull(trainerId);
  if (!trainer) return [];
  const claims = await CoachingActiveModel.find({ trainerId: trainer }).select({ _id: 1 }).lean();
  return claims.map((claim) => String(claim._id));
}

function toLink(doc: { trainerId: unknown; clientId: unknown; status: string; startedAt: Date; endedAt?: Date | null }): CoachingLink {
  return { trainerId: String(doc.trainerId), clientId: String(doc.clientId), status: doc.status as CoachingLink["status"], startedAt: doc.startedAt, endedAt: doc.endedAt ?? null };
}

/**
 * Claims the member for the trainer: inserts `coaching_active` with `_id` = the member. Whoever inserts
 * first wins; a second trainer gets CONFLICT. Claiming again for the same trainer changes nothing.
 */
async function claimClient(trainer: Types.ObjectId, client: Types.ObjectId, now: Date): Promise<void> {
  // A claim deleted between our failed insert and the read (the member ended coaching) is retried.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await CoachingActiveModel.create({ _id: client, trainerId: trainer, since: now });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const current = await CoachingActiveModel.findById(client).select({ trainerId: 1 }).lean();
    if (current && current.trainerId.equals(trainer)) return;
    if (current) throw new AppError("CONFLICT", "This member already has a trainer.");
  }
  throw new AppError("CONFLICT", "This member's coaching changed while linking. Try again.");
}

/**
 * Makes `clientId` an active client of `trainerId` (idempotent; re-links an ended pair). Invitations
 * (coaching-invitation-service) call this when a member accepts; the seed and tests call it directly.
 * A member has at most one active trainer: the `coaching_active` claim is inserted first, so two
 * trainers linking one member at the same instant cannot both succeed (the loser gets CONFLICT).
 */
export async function linkClient(trainerId: string, clientId: string): Promise<CoachingLink> {
  const trainer = objectIdOrNull(trainerId);
  const client = objectIdOrNull(clientId);
  if (!trainer || !client) throw new AppError("NOT_FOUND", "No such user.");
  const [trainerUser, clientUser] = await Promise.all([UserModel.findById(trainer).select({ role: 1 }).lean(), UserModel.findById(client).select({ role: 1 }).lean()]);
  if (!trainerUser || !clientUser) throw new AppError("NOT_FOUND", "No such user.");
  if (trainerUser.role === "member") throw new AppError("BAD_REQUEST", "Only trainers can coach members.");
  if (clientUser.role !== "member") throw new AppError("BAD_REQUEST", "Only members can be clients.");

  const now = new Date();
  await claimClient(trainer, client, now);
  // The history row: one per pair ever. If the process stops between the claim and this write, linking
  // the pair again (idempotent) repairs it; access checks read the claim, not this row.
  try {
    await CoachingLinkModel.create({ trainerId: trainer, clientId: client, status: "active", startedAt: now, endedAt: null });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // The pair existed: re-activate it if it had ended, keep it as it is if it is active.
    await CoachingLinkModel.updateOne({ trainerId: trainer, clientId: client, status: "ended" }, { $set: { status: "active", startedAt: now, endedAt: null } });
  }
  const doc = await CoachingLinkModel.findOne({ trainerId: trainer, clientId: client }).lean();
  return toLink(doc!);
}

/**
 * Ends the relationship (idempotent); returns whether it was active. Marks the history row ended, then
 * deletes the claim (the trainer loses access at once). In that order so that a process stopping in
 * between leaves a claim the member still sees (and ending again removes), never an "active" row
 * without a claim that something could mistake for a relationship to restore. What else ending does
 * for the member (their trainer's habit programs) is in `endCoaching` (coaching-end.ts).
 */
export async function endLink(trainerId: string, clientId: string): Promise<boolean> {
  const trainer = objectIdOrNull(trainerId);
  const client = objectIdOrNull(clientId);
  if (!trainer || !client) return false;
  const result = await CoachingLinkModel.updateOne({ trainerId: trainer, clientId: client, status: "active" }, { $set: { status: "ended", endedAt: new Date() } });
  const removed = await CoachingActiveModel.deleteOne({ _id: client, trainerId: trainer });
  return removed.deletedCount > 0 || result.modifiedCount > 0;
}
