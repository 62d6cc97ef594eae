import "server-only";
import type { Types } from "mongoose";
import type { z } from "zod";
import {
  ZHabitProgramContentSchema,
  type THabitProgram,
  type THabitProgramContent,
  type THabitProgramSummary,
  type ZArchiveHabitProgramRequestSchema,
  type ZListHabitProgramsRequestSchema,
  type ZUpdateHabitProgramRequestSchema,
} from "@/lib/schemas/habit-program";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError } from "@/server/errors/app-error";
import { toObjectId } from "@/server/train/access";
import type { SessionUser } from "@/server/users/user-service";
import { HabitProgramModel, type HabitProgramDoc } from "./habit-program-model";

type Actor = Pick<SessionUser, "id">;
export type StoredHabitProgram = HabitProgramDoc & { _id: Types.ObjectId; updatedAt: Date };

export function programContentOf(doc: Pick<HabitProgramDoc, "name" | "description" | "phases">): THabitProgramContent {
  return ZHabitProgramContentSchema.parse({ name: doc.name, description: doc.description ?? "", phases: doc.phases });
}

function toSummary(doc: StoredHabitProgram): THabitProgramSummary {
  const phases = doc.phases as THabitProgramContent["phases"];
  return {
    id: String(doc._id),
    name: doc.name,
    description: doc.description ?? "",
    phaseCount: phases.length,
    habitCount: phases.reduce((sum, phase) => sum + phase.habits.length, 0),
    lastPhaseWeek: phases.at(-1)?.startWeek ?? 1,
    archived: Boolean(doc.archivedAt),
    version: doc.version,
    updatedAt: doc.updatedAt,
  };
}

const toProgram = (doc: StoredHabitProgram): THabitProgram => ({ ...toSummary(doc), content: programContentOf(doc) });

/**
 * The program when `actor` owns it. Another trainer's program is FORBIDDEN (and audited, as probing
 * shows up that way); admins get no exception: a program is its trainer's work.
 */
export async function loadOwnedHabitProgram(actor: Actor, auditActor: AuditActor, programId: string): Promise<StoredHabitProgram> {
  const doc = (await HabitProgramModel.findById(toObjectId(programId, "habit program")).lean()) as StoredHabitProgram | null;
  if (!doc) throw new AppError("NOT_FOUND", "No such habit program.");
  if (String(doc.ownerId) !== actor.id) {
    await recordAudit(auditActor, { action: "access.denied", subjectType: "habit_program", subjectId: programId, outcome: "denied" });
    throw new AppError("FORBIDDEN", "This habit program belongs to another trainer.");
  }
  return doc;
}

export async function getHabitProgram(actor: Actor, auditActor: AuditActor, programId: string): Promise<THabitProgram> {
  return toProgram(await loadOwnedHabitProgram(actor, auditActor, programId));
}

export async function listHabitPrograms(actor: Actor, request: z.output<typeof ZListHabitProgramsRequestSchema>): Promise<THabitProgramSummary[]> {
  const filter: Record<string, unknown> = { ownerId: toObjectId(actor.id) };
  if (!request.includeArchived) filter.archivedAt = null;
  const docs = (await HabitProgramModel.find(filter).sort({ updatedAt: -1 }).limit(200).lean()) as StoredHabitProgram[];
  return docs.map(toSummary);
}

export async function createHabitProgram(actor: Actor, content: THabitProgramContent): Promise<THabitProgram> {
  const doc = await HabitProgramModel.create({ ownerId: toObjectId(actor.id), ...content, version: 1 });
  return toProgram(doc.toObject() as StoredHabitProgram);
}

/** Saves an edit made on `version`; a program changed since (another tab, a colleague's session) is refused. */
export async function updateHabitProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZUpdateHabitProgramRequestSchema>): Promise<THabitProgram> {
  const doc = await loadOwnedHabitProgram(actor, auditActor, request.programId);
  const { name, description, phases } = request.content;
  const result = await HabitProgramModel.updateOne({ _id: doc._id, version: request.version }, { $set: { name, description, phases }, $inc: { version: 1 } });
  if (result.matchedCount === 0) throw new AppError("CONFLICT", "This habit program was changed elsewhere. Reload it and make your edit again.");
  return getHabitProgram(actor, auditActor, request.programId);
}

/** Archiving hides a program from the list and from new assignments; enrollments already made go on. */
export async function archiveHabitProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZArchiveHabitProgramRequestSchema>): Promise<THabitProgram> {
  const doc = await loadOwnedHabitProgram(actor, auditActor, request.programId);
  await HabitProgramModel.updateOne({ _id: doc._id }, { $set: { archivedAt: request.archived ? new Date() : null }, $inc: { version: 1 } });
  return getHabitProgram(actor, auditActor, request.programId);
}
