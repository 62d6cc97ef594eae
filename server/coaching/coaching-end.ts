import "server-only";
import { Types } from "mongoose";
import type { TMyTrainer } from "@/lib/schemas/coaching";
import type { AuditActor } from "@/server/audit/audit-service";
import { HabitProgramEnrollmentModel } from "@/server/habits/habit-program-model";
import { endEnrollment } from "@/server/habits/habit-program-enrollment-service";
import { UserModel } from "@/server/users/user-model";
import { CoachingActiveModel } from "./coaching-active-model";
import { endLink } from "./coaching-service";

/** The member's trainer now, with how long they have coached them; null when they have none. */
export async function myTrainer(memberId: string): Promise<TMyTrainer> {
  const claim = await CoachingActiveModel.findById(new Types.ObjectId(memberId)).lean();
  if (!claim) return null;
  const trainer = await UserModel.findById(claim.trainerId).select({ name: 1, email: 1 }).lean();
  if (!trainer) return null;
  return { id: String(trainer._id), name: trainer.name || trainer.email, email: trainer.email, since: claim.since };
}

/**
 * The member ends coaching with their trainer (any time, no reason needed). The trainer's habit-program
 * enrollments for them end first, through the habit service (habits not started yet are archived, started
 * ones stay the member's), while the trainer still coaches them; then the claim goes, so the trainer
 * loses access at once. An enrollment the trainer made in the moment between is ended as a row only.
 * Returns the trainer it ended with, or null when the member had none.
 */
export async function endCoaching(member: { id: string }, auditActor: AuditActor): Promise<{ trainerId: string; endedEnrollments: number } | null> {
  const current = await myTrainer(member.id);
  if (!current) return null;
  const filter = { trainerId: new Types.ObjectId(current.id), clientId: new Types.ObjectId(member.id), status: "active" as const };
  const enrollments = (await HabitProgramEnrollmentModel.find(filter).select({ _id: 1 }).lean()) as { _id: string }[];
  for (const enrollment of enrollments) await endEnrollment({ id: current.id }, auditActor, enrollment._id);
  await endLink(current.id, member.id);
  const late = await HabitProgramEnrollmentModel.updateMany(filter, { $set: { status: "ended", endedAt: new Date() } });
  return { trainerId: current.id, endedEnrollments: enrollments.length + late.modifiedCount };
}
