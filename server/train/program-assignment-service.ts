import "server-only";
import { createHash } from "node:crypto";
import { Types } from "mongoose";
import type { z } from "zod";
import type { TProgramContent } from "@/lib/schemas/program";
import type { TAssignableClient, TAssignmentOutcome, TAssignProgramResponse, TProgramAssignmentsResponse, ZAssignProgramRequestSchema } from "@/lib/schemas/program-assignment";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeClientIds, coaches, requireClient } from "@/server/coaching/coaching-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { toObjectId } from "./access";
import { requireVisibleExercises } from "./exercise-service";
import { ProgramModel, type ProgramDoc } from "./program-model";
import { startProgram } from "./program-service";

// A trainer assigning a template from their library to clients. Each client gets their own copy of the
// template as it is now: owned by the client (`ownerId`), written by the trainer (`authorId`,
// `assignedBy`), remembering where it came from (`source: { programId, version }`). Later edits of the
// template never reach copies already made; to change what clients follow, the trainer edits the
// template and assigns it again (a new version is a new assignment). The copy is the client's program:
// they may edit, stop or archive it like one of their own. Their active trainer may edit it too, through
// the same programs.* procedures (canActForMember in server/train/access.ts) for a one-client tweak; the
// template here only ever answers to its owner.
//
// Assigning is idempotent per `<templateId>:<version>:<clientId>:<startDate>`: the copy's `_id` is
// derived from that key, so a retried or concurrent request inserts the same `_id` and FerretDB's
// unique primary key turns the second insert into a duplicate-key error (an insert against a unique
// index is the one atomic primitive there). The copy then becomes the client's active program from the
// start date, replacing whatever program they were running (one write of `training.activeProgram`
// through startProgram; the replaced program is kept, just no longer active).

type Trainer = Pick<SessionUser, "id" | "role">;
type StoredProgram = ProgramDoc & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
type Request = z.output<typeof ZAssignProgramRequestSchema>;

const asClient = (clientId: string): Trainer => ({ id: clientId, role: "member" });

export const assignmentKeyOf = (templateId: string, version: number, clientId: string, startDate: string) =>
  `${templateId.toLowerCase()}:${version}:${clientId.toLowerCase()}:${startDate}`;

/** The copy's primary key: the first 12 bytes of the key's SHA-256, a valid ObjectId that is the same on every retry. */
export const copyIdOf = (assignmentKey: string) => new Types.ObjectId(createHash("sha256").update(assignmentKey).digest("hex").slice(0, 24));

function exerciseIdsOf(weeks: TProgramContent["weeks"]): string[] {
  return weeks.flatMap((week) => week.days.flatMap((day) => day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId))));
}

/** A template of the trainer's own library (not archived for assigning); anyone else's program is FORBIDDEN, audited. */
async function loadTemplate(trainer: Trainer, auditActor: AuditActor, programId: string): Promise<StoredProgram> {
  const doc = (await ProgramModel.findById(toObjectId(programId, "program")).lean()) as StoredProgram | null;
  if (!doc) throw new AppError("NOT_FOUND", "No such program.");
  // Only the owner, even where access.ts lets a trainer act for a client: a client's program is not a template.
  if (String(doc.ownerId) !== trainer.id) {
    await recordAudit(auditActor, { action: "access.denied", subjectType: "program", subjectId: programId, targetUserId: String(doc.ownerId), outcome: "denied" });
    throw new AppError("FORBIDDEN", "You can assign only programs from your own library.");
  }
  return doc;
}

/** Makes the copy the client's active program from the start date (the client's own start, through program-service). */
async function activate(copyId: Types.ObjectId, clientId: string, startDate: string, auditActor: AuditActor): Promise<void> {
  await startProgram(asClient(clientId), auditActor, { programId: String(copyId), startDate });
  await ProgramModel.updateOne({ _id: copyId, activatedAt: null }, { $set: { activatedAt: new Date() } });
}

async function assignOne(trainer: Trainer, auditActor: AuditActor, template: StoredProgram, clientId: string, startDate: string): Promise<TAssignmentOutcome> {
  // Checked up front for the whole request; checked again here because the client may have ended the
  // relationship while earlier clients of the same request were being assigned.
  if (!(await coaches(trainer.id, clientId))) return { clientId, status: "not_your_client", copyId: null };
  const key = assignmentKeyOf(String(template._id), template.version, clientId, startDate);
  const copyId = copyIdOf(key);
  let status: TAssignmentOutcome["status"] = "assigned";
  try {
    await ProgramModel.create({
      _id: copyId,
      ownerId: toObjectId(clientId, "member"),
      authorId: toObjectId(trainer.id),
      name: template.name,
      description: template.description ?? "",
      weeks: template.weeks,
      copiedFromId: template._id,
      version: 1,
      assignedBy: toObjectId(trainer.id),
      source: { programId: template._id, version: template.version },
      assignmentKey: key,
      activatedAt: null,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    status = "already_assigned";
  }
  if (status === "assigned") {
    await activate(copyId, clientId, startDate, auditActor);
  } else {
    // The copy exists. A request that made it but stopped before starting it (a crash, or the concurrent
    // twin of this one still on its way) left `activatedAt` null: finish the job. Once activated, a retry
    // changes nothing, even if the client has since stopped the program.
    const existing = await ProgramModel.findById(copyId).select({ ownerId: 1, activatedAt: 1 }).lean();
    if (!existing || String(existing.ownerId) !== clientId) throw new AppError("CONFLICT", "This assignment could not be made. Try again.");
    if (!existing.activatedAt) await activate(copyId, clientId, startDate, auditActor);
  }
  await recordAudit(auditActor, {
    action: "program.assign",
    subjectType: "program",
    subjectId: String(copyId),
    targetUserId: clientId,
    meta: { templateId: String(template._id), version: template.version, startDate, status },
  });
  return { clientId, status, copyId: String(copyId) };
}

/**
 * Assigns the trainer's template to each client from `startDate`. All or nothing up front: every id must
 * be an active client (FORBIDDEN, audited, and nothing made otherwise) and every exercise of the template
 * visible to each client (BAD_REQUEST otherwise, e.g. a private custom exercise). Then one outcome per client.
 */
export async function assignProgram(trainer: Trainer, auditActor: AuditActor, request: Request): Promise<TAssignProgramResponse> {
  const template = await loadTemplate(trainer, auditActor, request.programId);
  if (template.archivedAt) throw new AppError("BAD_REQUEST", "Restore this program from the archive before assigning it.");
  for (const clientId of request.clientIds) await requireClient(auditActor, trainer.id, clientId, "program", request.programId);

  const exerciseIds = exerciseIdsOf(template.weeks as TProgramContent["weeks"]);
  for (const clientId of request.clientIds) {
    try {
      await requireVisibleExercises(asClient(clientId), exerciseIds);
    } catch (error) {
      if (error instanceof AppError && error.code === "BAD_REQUEST") {
        throw new AppError("BAD_REQUEST", "This program uses an exercise your clients cannot see (a private custom exercise). Share it with clients or pick a library exercise, then assign again.");
      }
      throw error;
    }
  }

  const results: TAssignmentOutcome[] = [];
  // One client after another: at most 50, and each step is a handful of writes.
  for (const clientId of request.clientIds) results.push(await assignOne(trainer, auditActor, template, clientId, request.startDate));
  return { programId: String(template._id), version: template.version, startDate: request.startDate, results };
}

const nameOf = (user: { name?: string | null; email: string }) => user.name?.trim() || user.email;

/** Copies of this template the trainer made for their current clients (newest first), and whether each is running. */
export async function listAssignments(trainer: Trainer, auditActor: AuditActor, programId: string): Promise<TProgramAssignmentsResponse> {
  const template = await loadTemplate(trainer, auditActor, programId);
  const clients = new Set(await activeClientIds(trainer.id));
  // Former clients' copies are theirs now: the trainer no longer sees what they do with them.
  const copies = ((await ProgramModel.find({ assignedBy: toObjectId(trainer.id), "source.programId": template._id })
    .select({ ownerId: 1, source: 1, assignmentKey: 1, createdAt: 1 })
    .sort({ createdAt: -1 })
    .limit(500)
    .lean()) as StoredProgram[]).filter((copy) => clients.has(String(copy.ownerId)));
  const owners = [...new Set(copies.map((copy) => String(copy.ownerId)))];
  const users = owners.length === 0 ? [] : await UserModel.find({ _id: { $in: owners.map((id) => new Types.ObjectId(id)) } }).select({ name: 1, email: 1, training: 1 }).lean();
  const byId = new Map(users.map((user) => [String(user._id), user]));
  await recordAudit(auditActor, { action: "program.assignments", subjectType: "program", subjectId: programId, meta: { clients: owners.length } });
  return {
    templateVersion: template.version,
    assignments: copies.map((copy) => {
      const owner = byId.get(String(copy.ownerId));
      const active = owner?.training?.activeProgram;
      return {
        copyId: String(copy._id),
        clientId: String(copy.ownerId),
        clientName: owner ? nameOf(owner) : "Unknown client",
        version: copy.source?.version ?? 1,
        // The key ends with the start date the trainer chose (the client may restart it later: `active` tells).
        startDate: (copy.assignmentKey ?? "").split(":").at(-1) ?? "",
        assignedAt: copy.createdAt,
        active: active ? String(active.programId) === String(copy._id) : false,
      };
    }),
  };
}

/** The trainer's active clients for the assignment picker, by name. */
export async function clientsForAssignment(trainer: Trainer): Promise<TAssignableClient[]> {
  const ids = await activeClientIds(trainer.id);
  if (ids.length === 0) return [];
  const users = await UserModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).select({ name: 1, email: 1 }).lean();
  return users.map((user) => ({ id: String(user._id), name: nameOf(user) })).sort((a, b) => a.name.localeCompare(b.name));
}
