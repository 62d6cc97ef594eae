import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import type { THabitProgramContent, THabitProgramEnrollment, ZAssignHabitProgramRequestSchema } from "@/lib/schemas/habit-program";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { requireClient } from "@/server/coaching/coaching-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { syncHabitReminders } from "@/server/reminders/habit-reminder-sync";
import { toObjectId } from "@/server/train/access";
import { memberTrainingContext } from "@/server/train/member-context";
import type { SessionUser } from "@/server/users/user-service";
import { HabitModel } from "./habit-model";
import { HabitProgramEnrollmentModel, type HabitProgramEnrollmentDoc } from "./habit-program-model";
import { loadOwnedHabitProgram, programContentOf } from "./habit-program-service";

type Actor = Pick<SessionUser, "id">;
type StoredEnrollment = HabitProgramEnrollmentDoc & { _id: string; createdAt: Date };
type EnrollmentHabit = { _id: Types.ObjectId; startDate: string; archivedAt?: Date | null; source?: { phase?: number | null; item?: number | null } | null };

const enrollmentIdOf = (programId: string, clientId: string, startDate: string) => `${programId.toLowerCase()}:${clientId.toLowerCase()}:${startDate}`;
const sourceKeyOf = (enrollmentId: string, phase: number, item: number) => `enrollment:${enrollmentId}:${phase}:${item}`;
/** Week N of an enrollment starts (N − 1) × 7 days after its start date. */
export const phaseStartDate = (startDate: string, startWeek: number) => addDaysToKey(startDate, (startWeek - 1) * 7);

const clientToday = async (clientId: string) => dayKeyOf(new Date(), (await memberTrainingContext(clientId)).timeZone);

async function habitsOf(enrollment: Pick<StoredEnrollment, "_id" | "clientId">): Promise<EnrollmentHabit[]> {
  return (await HabitModel.find({ userId: enrollment.clientId, "source.enrollmentId": enrollment._id })
    .select({ startDate: 1, archivedAt: 1, source: 1 })
    .lean()) as EnrollmentHabit[];
}

function toView(enrollment: StoredEnrollment, habits: EnrollmentHabit[]): THabitProgramEnrollment {
  const content = enrollment.program as THabitProgramContent;
  const byItem = new Map(habits.map((habit) => [`${habit.source?.phase}:${habit.source?.item}`, habit]));
  return {
    id: enrollment._id,
    programId: String(enrollment.programId),
    programName: content.name,
    programVersion: enrollment.programVersion,
    clientId: String(enrollment.clientId),
    trainerId: String(enrollment.trainerId),
    startDate: enrollment.startDate,
    status: enrollment.status,
    endedAt: enrollment.endedAt ?? null,
    createdAt: enrollment.createdAt,
    phases: content.phases.map((phase, phaseIndex) => ({
      name: phase.name,
      startWeek: phase.startWeek,
      startDate: phaseStartDate(enrollment.startDate, phase.startWeek),
      habits: phase.habits.map((habit, item) => {
        const stored = byItem.get(`${phaseIndex}:${item}`);
        return { name: habit.name, habitId: stored ? String(stored._id) : null, archived: Boolean(stored?.archivedAt) };
      }),
    })),
  };
}

const viewOf = async (enrollment: StoredEnrollment) => toView(enrollment, await habitsOf(enrollment));

/**
 * Makes every habit of every phase for the client, each at most once: its `sourceKey` names the
 * enrollment, phase and item, and the unique index turns a second insert (a retry, a concurrent
 * assignment, a resumed half-done one) into a duplicate-key error that is skipped. Returns the new ids.
 */
async function materialise(enrollment: StoredEnrollment): Promise<Types.ObjectId[]> {
  const content = enrollment.program as THabitProgramContent;
  const created: Types.ObjectId[] = [];
  for (const [phaseIndex, phase] of content.phases.entries()) {
    for (const [item, habit] of phase.habits.entries()) {
      let doc;
      try {
        doc = await HabitModel.create({
          ...habit,
          startDate: phaseStartDate(enrollment.startDate, phase.startWeek),
          endDate: null,
          userId: enrollment.clientId,
          assignedBy: enrollment.trainerId,
          sourceKey: sourceKeyOf(enrollment._id, phaseIndex, item),
          source: { enrollmentId: enrollment._id, phase: phaseIndex, item },
        });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      created.push(doc._id);
      if (habit.reminders.length > 0) await syncHabitReminders(String(doc._id));
    }
  }
  return created;
}

/** Archives the enrollment's habits that have not started yet (client-local today); started ones stay. */
async function archiveUpcoming(enrollment: StoredEnrollment): Promise<number> {
  const today = await clientToday(String(enrollment.clientId));
  const upcoming = (await habitsOf(enrollment)).filter((habit) => !habit.archivedAt && habit.startDate > today);
  if (upcoming.length === 0) return 0;
  await HabitModel.updateMany({ _id: { $in: upcoming.map((habit) => habit._id) }, archivedAt: null }, { $set: { archivedAt: new Date() } });
  for (const habit of upcoming) await syncHabitReminders(String(habit._id));
  return upcoming.length;
}

async function findEnrollment(enrollmentId: string): Promise<StoredEnrollment | null> {
  return (await HabitProgramEnrollmentModel.findById(enrollmentId).lean()) as StoredEnrollment | null;
}

/**
 * Enrolls a client in the trainer's program from `startDate`. Assigning the same program to the same
 * client from the same date again returns the same enrollment and makes nothing twice (and finishes
 * one a crash left half-made). Returns the enrollment and how many habits this call made.
 */
export async function assignHabitProgram(
  actor: Actor,
  auditActor: AuditActor,
  request: z.output<typeof ZAssignHabitProgramRequestSchema>,
): Promise<{ enrollment: THabitProgramEnrollment; created: number }> {
  const program = await loadOwnedHabitProgram(actor, auditActor, request.programId);
  await requireClient(auditActor, actor.id, request.clientId, "habit_program_enrollment", null);
  if (program.archivedAt) throw new AppError("BAD_REQUEST", "Restore this habit program from the archive before assigning it.");
  const id = enrollmentIdOf(request.programId, request.clientId, request.startDate);
  const clientId = toObjectId(request.clientId, "member");

  // Checked before the write for a clear message; two different start dates sent at the same instant could both pass.
  const running = await HabitProgramEnrollmentModel.exists({ clientId, programId: program._id, status: "active", _id: { $ne: id } });
  if (running) throw new AppError("CONFLICT", "This client is already following this habit program. End that enrollment first.");

  try {
    await HabitProgramEnrollmentModel.create({
      _id: id,
      programId: program._id,
      programVersion: program.version,
      program: programContentOf(program),
      clientId,
      trainerId: toObjectId(actor.id),
      startDate: request.startDate,
      status: "active",
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const enrollment = (await findEnrollment(id))!;
  if (enrollment.status === "ended") throw new AppError("CONFLICT", "This client already had this habit program from that date and it was ended. Choose another start date.");

  const created = await materialise(enrollment);
  // Ended while this call was making habits: the ones it made for later weeks go too.
  const after = (await findEnrollment(id))!;
  if (after.status === "ended") await archiveUpcoming(after);
  return { enrollment: await viewOf(after), created: created.length };
}

/** The enrollment when the caller made it and still coaches its client (FORBIDDEN otherwise, audited). */
async function loadTrainersEnrollment(actor: Actor, auditActor: AuditActor, enrollmentId: string): Promise<StoredEnrollment> {
  const enrollment = await findEnrollment(enrollmentId);
  if (!enrollment) throw new AppError("NOT_FOUND", "No such enrollment.");
  if (String(enrollment.trainerId) !== actor.id) {
    await recordAudit(auditActor, { action: "access.denied", subjectType: "habit_program_enrollment", subjectId: enrollmentId, targetUserId: String(enrollment.clientId), outcome: "denied" });
    throw new AppError("FORBIDDEN", "This enrollment belongs to another trainer.");
  }
  await requireClient(auditActor, actor.id, String(enrollment.clientId), "habit_program_enrollment", enrollmentId);
  return enrollment;
}

/**
 * Ends an enrollment: habits whose phase has not started yet are archived (they never appear), those
 * already started stay with the client, history and all. Ending twice changes nothing more.
 */
export async function endEnrollment(actor: Actor, auditActor: AuditActor, enrollmentId: string): Promise<{ enrollment: THabitProgramEnrollment; archived: number }> {
  const enrollment = await loadTrainersEnrollment(actor, auditActor, enrollmentId);
  await HabitProgramEnrollmentModel.updateOne({ _id: enrollment._id, status: "active" }, { $set: { status: "ended", endedAt: new Date() } });
  const ended = (await findEnrollment(enrollmentId))!;
  const archived = await archiveUpcoming(ended);
  return { enrollment: await viewOf(ended), archived };
}

/** The caller's enrollments of one client, newest start first. */
export async function listEnrollments(actor: Actor, auditActor: AuditActor, clientId: string): Promise<THabitProgramEnrollment[]> {
  await requireClient(auditActor, actor.id, clientId, "habit_program_enrollment", null);
  const client = toObjectId(clientId, "member");
  const enrollments = (await HabitProgramEnrollmentModel.find({ trainerId: toObjectId(actor.id), clientId: client }).sort({ startDate: -1 }).limit(100).lean()) as StoredEnrollment[];
  if (enrollments.length === 0) return [];
  const habits = (await HabitModel.find({ userId: client, "source.enrollmentId": { $in: enrollments.map((enrollment) => enrollment._id) } })
    .select({ startDate: 1, archivedAt: 1, source: 1 })
    .lean()) as (EnrollmentHabit & { source: { enrollmentId: string } })[];
  return enrollments.map((enrollment) => toView(enrollment, habits.filter((habit) => habit.source.enrollmentId === enrollment._id)));
}
