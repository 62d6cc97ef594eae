import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { journalPromptIds } from "@/lib/mind/journal-prompts";

const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

/**
 * One journal entry. `_id` is the UUID the phone made (entryId), so a replayed add finds the entry it
 * already made instead of writing a second one. The text is the most private thing in the app: it is only
 * ever stored encrypted, bound to this document and field (AAD `mind_journal:<_id>:text`).
 *
 * A deleted entry stays as a tombstone under the same `_id`: its text is removed (nothing of it is kept)
 * and `deletedAt` is set, so a late replay of the add from a phone's offline outbox cannot bring it back.
 */
const mindJournalSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    /** The member-local day the entry is about. */
    dayKey: { type: String, required: true },
    prompt: { type: String, required: true, enum: journalPromptIds },
    /** Absent only on a tombstone. */
    text: { type: encryptedFieldSchema, required: false },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    /** Set when the member deleted the entry (the document is then a tombstone without text). */
    deletedAt: { type: Date, required: false },
  },
  { collection: "mind_journal", versionKey: false },
);
mindJournalSchema.index({ userId: 1, createdAt: -1, _id: -1 }, { name: "user_created" });

export type MindJournalDoc = InferSchemaType<typeof mindJournalSchema>;
export const journalTextContext = (id: string) => `mind_journal:${id}:text`;
export const MindJournalModel: Model<MindJournalDoc> =
  (models.MindJournal as Model<MindJournalDoc>) ?? model<MindJournalDoc>("MindJournal", mindJournalSchema);
