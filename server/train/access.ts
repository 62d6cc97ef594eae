import "server-only";
import { Types } from "mongoose";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeTrainerIdOf } from "@/server/coaching/coaching-service";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";

/**
 * The one place that decides whether `user` may read or write training data that belongs to `memberId`:
 * the member themself, or their active trainer (the `coaching_active` claim, so a trainer whose client
 * ended coaching loses access at once). Only that trainer: not other trainers, not admins, and never the
 * other way round (a member does not act for their trainer). Every training procedure goes through here.
 */
export async function canActForMember(user: Pick<SessionUser, "id" | "role">, memberId: string): Promise<boolean> {
  if (user.id === memberId) return true;
  if (user.role !== "trainer" && user.role !== "admin") return false;
  return (await activeTrainerIdOf(memberId)) === user.id;
}

/** Throws FORBIDDEN (and leaves an audit record of the refusal) unless `user` may act for `memberId`. */
export async function assertCanActForMember(user: Pick<SessionUser, "id" | "role">, memberId: string, actor: AuditActor, subjectType: string, subjectId: string | null): Promise<void> {
  if (await canActForMember(user, memberId)) return;
  await recordAudit(actor, { action: "access.denied", subjectType, subjectId, targetUserId: memberId, outcome: "denied" });
  throw new AppError("FORBIDDEN", "You do not have access to this member's training.");
}

/**
 * The audit fields of a training action on `memberId`'s data: the row names the member, and says
 * `onBehalf` when someone else (their trainer, let in by canActForMember) acted, so the member's own
 * audit trail shows what their trainer read or changed.
 */
export function memberAuditFields(user: Pick<SessionUser, "id">, memberId: string): { targetUserId: string; meta?: { onBehalf: true } } {
  return user.id === memberId ? { targetUserId: memberId } : { targetUserId: memberId, meta: { onBehalf: true } };
}

/** Owners whose shared ("clients") exercises `user` sees besides their own: their active trainer. */
export async function sharedExerciseOwnerIds(user: Pick<SessionUser, "id">): Promise<Types.ObjectId[]> {
  const trainerId = await activeTrainerIdOf(user.id);
  return trainerId ? [new Types.ObjectId(trainerId)] : [];
}

export function toObjectId(id: string, what = "item"): Types.ObjectId {
  if (!Types.ObjectId.isValid(id) || !/^[a-f0-9]{24}$/i.test(id)) throw new AppError("NOT_FOUND", `No such ${what}.`);
  return new Types.ObjectId(id);
}
