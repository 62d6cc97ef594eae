import "server-only";
import { Types } from "mongoose";
import type { TMyTrainer } from "@/lib/schemas/coaching";
import type { Role } from "@/lib/auth/roles";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { HabitProgramEnrollmentModel } from "@/server/habits/habit-program-model";
import { endEnrollment } from "@/server/habits/habit-program-enrollment-service";
import { UserModel } from "@/server/users/user-model";
import { CoachingActiveModel } from "./coaching-active-model";
import { activeClientIds, activeTrainerIdOf, endLink, requireClient } from "./coaching-service";

/** The member's trainer now, with how long they have coached them; null when they have none. */
export async function myTrainer(memberId: string): Promise<TMyTrainer> {
  const claim = await CoachingActiveModel.findById(new Types.ObjectId(memberId)).lean();
  if (!claim) return null;
  const trainer = await UserModel.findById(claim.trainerId).select({ name: 1, email: 1 }).lean();
  if (!trainer) return null;
  return { id: String(trainer._id), name: trainer.name || trainer.email, email: trainer.email, since: claim.since };
}

/**
 * Ends one pair: the trainer's habit-program enrollments for the member end first, through the habit
 * service (habits not started yet are archived, started ones stay the member's), while the trainer still
 * coaches them; then the link ends, so the trainer loses access at once. An enrollment the trainer made
 * in the moment between is ended as a row only. Returns how many enrollments ended.
 */
async function endPair(trainerId: string, clientId: string, auditActor: AuditActor): Promise<number> {
  const filter = { trainerId: new Types.ObjectId(trainerId), clientId: new Types.ObjectId(clientId), status: "active" as const };
  const enrollments = (await HabitProgramEnrollmentModel.find(filter).select({ _id: 1 }).lean()) as { _id: string }[];
  for (const enrollment of enrollments) await endEnrollment({ id: trainerId }, auditActor, enrollment._id);
  await endLink(trainerId, clientId);
  const late = await HabitProgramEnrollmentModel.updateMany(filter, { $set: { status: "ended", endedAt: new Date() } });
  return enrollments.length + late.modifiedCount;
}

/**
 * The member ends coaching with their trainer (any time, no reason needed); see `endPair`.
 * Returns the trainer it ended with, or null when the member had none.
 */
export async function endCoaching(member: { id: string }, auditActor: AuditActor): Promise<{ trainerId: string; endedEnrollments: number } | null> {
  const current = await myTrainer(member.id);
  if (!current) return null;
  return { trainerId: current.id, endedEnrollments: await endPair(current.id, member.id, auditActor) };
}

/**
 * The trainer ends coaching with one of their clients (see `endPair`): only the client's own trainer may
 * (FORBIDDEN and an access.denied row otherwise). Everything the member logged stays theirs.
 */
export async function endCoachingWithClient(trainer: { id: string }, auditActor: AuditActor, clientId: string): Promise<{ endedEnrollments: number }> {
  await requireClient(auditActor, trainer.id, clientId, "coaching_link", trainer.id);
  return { endedEnrollments: await endPair(trainer.id, clientId, auditActor) };
}

/**
 * After a role change (admin panel or CLI, through `setRole`): only members are clients and only
 * trainers and admins coach, so a user who stopped being a member loses their trainer, and one who
 * became a member loses their clients. Each ended pair is audited as `coaching.end` with the reason.
 * Idempotent (it looks at the claims, not at what the role was), so running it again after a failure
 * finishes the job.
 */
export async function endCoachingForRole(userId: string, role: Role, auditActor: AuditActor): Promise<{ trainerId: string; clientId: string }[]> {
  const pairs: { trainerId: string; clientId: string }[] = [];
  if (role === "member") {
    for (const clientId of await activeClientIds(userId)) pairs.push({ trainerId: userId, clientId });
  } else {
    const trainerId = await activeTrainerIdOf(userId);
    if (trainerId) pairs.push({ trainerId, clientId: userId });
  }
  for (const pair of pairs) {
    const endedEnrollments = await endPair(pair.trainerId, pair.clientId, auditActor);
    await recordAudit(auditActor, {
      action: "coaching.end",
      subjectType: "coaching_link",
      subjectId: pair.trainerId,
      targetUserId: pair.clientId,
      meta: { ended: true, endedEnrollments, reason: "role_change", role },
    });
  }
  return pairs;
}
