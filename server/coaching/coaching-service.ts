import "server-only";
import { Types } from "mongoose";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import { CoachingLinkModel } from "./coaching-link-model";

export type CoachingLink = { trainerId: string; clientId: string; status: "active" | "ended"; startedAt: Date; endedAt: Date | null };

const objectIdOrNull = (id: string) => (/^[a-f0-9]{24}$/i.test(id) ? new Types.ObjectId(id) : null);

/** Whether `trainerId` coaches `clientId` right now. Admins are not implicitly everyone's trainer. */
export async function coaches(trainerId: string, clientId: string): Promise<boolean> {
  const trainer = objectIdOrNull(trainerId);
  const client = objectIdOrNull(clientId);
  if (!trainer || !client) return false;
  return (await CoachingLinkModel.exists({ trainerId: trainer, clientId: client, status: "active" })) !== null;
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
  const links = await CoachingLinkModel.find({ trainerId: trainer, status: "active" }).select({ clientId: 1 }).lean();
  return links.map((link) => String(link.clientId));
}

function toLink(doc: { trainerId: unknown; clientId: unknown; status: string; startedAt: Date; endedAt?: Date | null }): CoachingLink {
  return { trainerId: String(doc.trainerId), clientId: String(doc.clientId), status: doc.status as CoachingLink["status"], startedAt: doc.startedAt, endedAt: doc.endedAt ?? null };
}

/**
 * Makes `clientId` an active client of `trainerId` (idempotent; re-links an ended pair). No invitation
 * flow yet: the seed and tests call this, the trainer issue puts invitations in front of it. A member
 * has at most one active trainer; that is checked before the write, so two links made at the same
 * instant by different trainers could both pass (invitations will close that with a unique claim).
 */
export async function linkClient(trainerId: string, clientId: string): Promise<CoachingLink> {
  const trainer = objectIdOrNull(trainerId);
  const client = objectIdOrNull(clientId);
  if (!trainer || !client) throw new AppError("NOT_FOUND", "No such user.");
  const [trainerUser, clientUser] = await Promise.all([UserModel.findById(trainer).select({ role: 1 }).lean(), UserModel.findById(client).select({ role: 1 }).lean()]);
  if (!trainerUser || !clientUser) throw new AppError("NOT_FOUND", "No such user.");
  if (trainerUser.role === "member") throw new AppError("BAD_REQUEST", "Only trainers can coach members.");
  if (clientUser.role !== "member") throw new AppError("BAD_REQUEST", "Only members can be clients.");
  const other = await CoachingLinkModel.exists({ clientId: client, status: "active", trainerId: { $ne: trainer } });
  if (other) throw new AppError("CONFLICT", "This member already has a trainer.");

  const now = new Date();
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

/** Ends the relationship (idempotent); returns whether an active link was ended. The row is kept. */
export async function endLink(trainerId: string, clientId: string): Promise<boolean> {
  const trainer = objectIdOrNull(trainerId);
  const client = objectIdOrNull(clientId);
  if (!trainer || !client) return false;
  const result = await CoachingLinkModel.updateOne({ trainerId: trainer, clientId: client, status: "active" }, { $set: { status: "ended", endedAt: new Date() } });
  return result.modifiedCount > 0;
}
