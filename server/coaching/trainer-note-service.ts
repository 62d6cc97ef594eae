import "server-only";
import { Types } from "mongoose";
import type { TTrainerNote } from "@/lib/coaching/schemas";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { AppError } from "@/server/errors/app-error";
import { toObjectId } from "@/server/train/access";
import { requireClient } from "./coaching-service";
import { TrainerNoteModel } from "./trainer-note-model";

// Notes are private to the trainer who wrote them: every read filters on the trainer's id as well as
// the client's, so a note never reaches the client, another trainer, or a later trainer of the client.

type Trainer = { id: string };
const textContext = (noteId: string) => `trainer_notes:${noteId}:text`;
const NOTES_SHOWN = 200;

export async function listNotes(trainer: Trainer, auditActor: AuditActor, clientId: string): Promise<TTrainerNote[]> {
  await requireClient(auditActor, trainer.id, clientId, "trainer_note", null);
  const docs = await TrainerNoteModel.find({ trainerId: toObjectId(trainer.id), clientId: toObjectId(clientId, "member") })
    .sort({ createdAt: -1 })
    .limit(NOTES_SHOWN)
    .lean();
  await recordAudit(auditActor, { action: "trainer_note.list", subjectType: "trainer_note", subjectId: null, targetUserId: clientId, meta: { count: docs.length } });
  return docs.map((doc) => ({ id: String(doc._id), text: fieldCipher().decrypt(doc.text as EncryptedField, textContext(String(doc._id))), createdAt: doc.createdAt }));
}

export async function addNote(trainer: Trainer, auditActor: AuditActor, clientId: string, text: string): Promise<TTrainerNote> {
  await requireClient(auditActor, trainer.id, clientId, "trainer_note", null);
  // The id is made first so the ciphertext can be bound to its own document.
  const _id = new Types.ObjectId();
  const createdAt = new Date();
  await TrainerNoteModel.create({ _id, trainerId: toObjectId(trainer.id), clientId: toObjectId(clientId, "member"), text: fieldCipher().encrypt(text, textContext(String(_id))), createdAt });
  await recordAudit(auditActor, { action: "trainer_note.create", subjectType: "trainer_note", subjectId: String(_id), targetUserId: clientId });
  return { id: String(_id), text, createdAt };
}

/** Deletes one of the trainer's notes about the client; anyone else's note id reads as missing. */
export async function deleteNote(trainer: Trainer, auditActor: AuditActor, clientId: string, noteId: string): Promise<void> {
  await requireClient(auditActor, trainer.id, clientId, "trainer_note", noteId);
  const result = await TrainerNoteModel.deleteOne({ _id: toObjectId(noteId, "note"), trainerId: toObjectId(trainer.id), clientId: toObjectId(clientId, "member") });
  if (result.deletedCount === 0) throw new AppError("NOT_FOUND", "No such note.");
  await recordAudit(auditActor, { action: "trainer_note.delete", subjectType: "trainer_note", subjectId: noteId, targetUserId: clientId });
}
