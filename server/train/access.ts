import "server-only";
import { Types } from "mongoose";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";

/**
 * The one place that decides whether `user` may read or write training data that belongs to `memberId`.
 * For now only the member themself may; the trainer issue extends this with the trainer–client link, and
 * every training procedure already goes through it, so that change reaches all of them at once.
 */
export async function canActForMember(user: Pick<SessionUser, "id" | "role">, memberId: string): Promise<boolean> {
  return user.id === memberId;
}

/** Throws FORBIDDEN (and leaves an audit record of the refusal) unless `user` may act for `memberId`. */
export async function assertCanActForMember(user: Pick<SessionUser, "id" | "role">, memberId: string, actor: AuditActor, subjectType: string, subjectId: string | null): Promise<void> {
  if (await canActForMember(user, memberId)) return;
  await recordAudit(actor, { action: "access.denied", subjectType, subjectId, targetUserId: memberId, outcome: "denied" });
  throw new AppError("FORBIDDEN", "You do not have access to this member's training.");
}

/** Owners whose shared ("clients") exercises `user` sees besides their own: their trainers, once linked. */
export async function sharedExerciseOwnerIds(_user: Pick<SessionUser, "id">): Promise<Types.ObjectId[]> {
  return [];
}

export function toObjectId(id: string, what = "item"): Types.ObjectId {
  if (!Types.ObjectId.isValid(id) || !/^[a-f0-9]{24}$/i.test(id)) throw new AppError("NOT_FOUND", `No such ${what}.`);
  return new Types.ObjectId(id);
}
