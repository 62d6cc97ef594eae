import "server-only";
import type { Types } from "mongoose";
import type { z } from "zod";
import {
  ZProgramContent,
  type TProgram,
  type TProgramContent,
  type TProgramSummary,
  type ZArchiveProgramRequestSchema,
  type ZCopyProgramRequestSchema,
  type ZCreateProgramRequestSchema,
  type ZListProgramsRequestSchema,
  type ZStartProgramRequestSchema,
  type ZUpdateProgramRequestSchema,
} from "@/lib/schemas/program";
import type { AuditActor } from "@/server/audit/audit-service";
import { AppError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { assertCanActForMember, toObjectId } from "./access";
import { requireVisibleExercises } from "./exercise-service";
import { ProgramModel, type ProgramDoc } from "./program-model";

type Actor = Pick<SessionUser, "id" | "role">;
type StoredProgram = ProgramDoc & { _id: Types.ObjectId; updatedAt: Date };

function exerciseIdsOf(content: Pick<TProgramContent, "weeks">): string[] {
  return content.weeks.flatMap((week) => week.days.flatMap((day) => day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId))));
}

async function activeProgramOf(memberId: string): Promise<{ programId: string; startDate: string } | null> {
  const user = await UserModel.findById(memberId).select({ training: 1 }).lean();
  const active = user?.training?.activeProgram;
  return active ? { programId: String(active.programId), startDate: active.startDate } : null;
}

function toSummary(doc: StoredProgram, active: { programId: string } | null): TProgramSummary {
  const weeks = doc.weeks as TProgramContent["weeks"];
  return {
    id: String(doc._id),
    ownerId: String(doc.ownerId),
    name: doc.name,
    description: doc.description ?? "",
    weekCount: weeks.length,
    daysPerWeek: Math.max(...weeks.map((week) => week.days.length)),
    archived: doc.archivedAt !== null && doc.archivedAt !== undefined,
    active: active?.programId === String(doc._id),
    version: doc.version,
    updatedAt: doc.updatedAt,
  };
}

/** Loads a program and checks that `actor` may act for its owner (FORBIDDEN, audited, otherwise). */
async function loadProgram(actor: Actor, auditActor: AuditActor, programId: string): Promise<StoredProgram> {
  const doc = (await ProgramModel.findById(toObjectId(programId, "program")).lean()) as StoredProgram | null;
  if (!doc) throw new AppError("NOT_FOUND", "No such program.");
  await assertCanActForMember(actor, String(doc.ownerId), auditActor, "program", programId);
  return doc;
}

export async function getProgram(actor: Actor, auditActor: AuditActor, programId: string): Promise<TProgram> {
  const doc = await loadProgram(actor, auditActor, programId);
  const active = await activeProgramOf(String(doc.ownerId));
  return {
    ...toSummary(doc, active),
    content: ZProgramContent.parse({ name: doc.name, description: doc.description, weeks: doc.weeks }),
    startDate: active?.programId === programId ? active.startDate : null,
  };
}

export async function listPrograms(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZListProgramsRequestSchema>): Promise<TProgramSummary[]> {
  const ownerId = request.ownerId ?? actor.id;
  await assertCanActForMember(actor, ownerId, auditActor, "program", null);
  const filter: Record<string, unknown> = { ownerId: toObjectId(ownerId, "member") };
  if (!request.includeArchived) filter.archivedAt = null;
  const docs = (await ProgramModel.find(filter).sort({ updatedAt: -1 }).limit(200).lean()) as StoredProgram[];
  const active = await activeProgramOf(ownerId);
  return docs.map((doc) => toSummary(doc, active));
}

export async function createProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZCreateProgramRequestSchema>): Promise<TProgram> {
  const ownerId = request.ownerId ?? actor.id;
  await assertCanActForMember(actor, ownerId, auditActor, "program", null);
  // Checked against the owner, not the actor: the member must be able to see every exercise of their
  // program (a trainer's private custom exercise would be an unknown one to the client).
  await requireVisibleExercises({ id: ownerId }, exerciseIdsOf(request.content));
  const doc = await ProgramModel.create({ ownerId: toObjectId(ownerId, "member"), authorId: toObjectId(actor.id), ...request.content, version: 1 });
  return getProgram(actor, auditActor, String(doc._id));
}

/** Saves an edit made on `version`; a program changed since (another device, the trainer) is refused. */
export async function updateProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZUpdateProgramRequestSchema>): Promise<TProgram> {
  const current = await loadProgram(actor, auditActor, request.programId);
  await requireVisibleExercises({ id: String(current.ownerId) }, exerciseIdsOf(request.content));
  const result = await ProgramModel.updateOne(
    { _id: toObjectId(request.programId), version: request.version },
    { $set: { name: request.content.name, description: request.content.description, weeks: request.content.weeks }, $inc: { version: 1 } },
  );
  if (result.matchedCount === 0) throw new AppError("CONFLICT", "This program was changed elsewhere. Reload it and make your edit again.");
  return getProgram(actor, auditActor, request.programId);
}

/** A copy for `ownerId` (default: the caller); `sourceOwnerId` says whose program was copied (for the audit row). */
export async function copyProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZCopyProgramRequestSchema>): Promise<TProgram & { sourceOwnerId: string }> {
  const source = await loadProgram(actor, auditActor, request.programId);
  const ownerId = request.ownerId ?? actor.id;
  await assertCanActForMember(actor, ownerId, auditActor, "program", null);
  // The new owner must see every exercise of the copy (e.g. a trainer's template with their private
  // exercises copied to a client, or a client's own custom exercises copied to someone else).
  await requireVisibleExercises({ id: ownerId }, exerciseIdsOf({ weeks: source.weeks as TProgramContent["weeks"] }));
  const doc = await ProgramModel.create({
    ownerId: toObjectId(ownerId, "member"),
    authorId: toObjectId(actor.id),
    name: request.name ?? `${source.name} (copy)`.slice(0, 80),
    description: source.description,
    weeks: source.weeks,
    copiedFromId: source._id,
    version: 1,
  });
  return { ...(await getProgram(actor, auditActor, String(doc._id))), sourceOwnerId: String(source.ownerId) };
}

export async function archiveProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZArchiveProgramRequestSchema>): Promise<TProgram> {
  const doc = await loadProgram(actor, auditActor, request.programId);
  await ProgramModel.updateOne({ _id: doc._id }, { $set: { archivedAt: request.archived ? new Date() : null }, $inc: { version: 1 } });
  if (request.archived) {
    // An archived program no longer schedules anything.
    await UserModel.updateOne({ _id: doc.ownerId, "training.activeProgram.programId": doc._id }, { $set: { "training.activeProgram": null } });
  }
  return getProgram(actor, auditActor, request.programId);
}

export async function startProgram(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZStartProgramRequestSchema>): Promise<TProgram> {
  const doc = await loadProgram(actor, auditActor, request.programId);
  if (doc.archivedAt) throw new AppError("BAD_REQUEST", "Restore this program from the archive before starting it.");
  await UserModel.updateOne({ _id: doc.ownerId }, { $set: { "training.activeProgram": { programId: doc._id, startDate: request.startDate } } });
  return getProgram(actor, auditActor, request.programId);
}

export async function stopProgram(actor: Actor, auditActor: AuditActor, memberId: string): Promise<void> {
  await assertCanActForMember(actor, memberId, auditActor, "program", null);
  await UserModel.updateOne({ _id: toObjectId(memberId, "member") }, { $set: { "training.activeProgram": null } });
}

/** The member's active program, if any (for scheduling). */
export async function findActiveProgram(memberId: string): Promise<{ program: StoredProgram; startDate: string } | null> {
  const active = await activeProgramOf(memberId);
  if (!active) return null;
  const program = (await ProgramModel.findById(active.programId).lean()) as StoredProgram | null;
  if (!program || program.archivedAt) return null;
  return { program, startDate: active.startDate };
}
