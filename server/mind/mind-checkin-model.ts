import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

/**
 * One daily check-in per member-local day (`_id` = `<userId>:<dayKey>`), so saving again that day edits
 * it and a replayed save changes nothing. The note is free text about how someone feels: encrypted, bound
 * to this document and field (AAD `mind_checkins:<_id>:note`), and empty notes are not stored at all.
 */
const mindCheckInSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    mood: { type: Number, required: true },
    energy: { type: Number, required: true },
    stress: { type: Number, required: true },
    sleepHours: { type: Number, required: true },
    sleepQuality: { type: Number, required: true },
    tags: { type: [String], default: [] },
    note: { type: encryptedFieldSchema, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: "mind_checkins", versionKey: false },
);
mindCheckInSchema.index({ userId: 1, dayKey: 1 }, { name: "user_day" });

export type MindCheckInDoc = InferSchemaType<typeof mindCheckInSchema>;
export const mindCheckInId = (userId: string, dayKey: string) => `${userId}:${dayKey}`;
export const checkInNoteContext = (id: string) => `mind_checkins:${id}:note`;
export const MindCheckInModel: Model<MindCheckInDoc> =
  (models.MindCheckIn as Model<MindCheckInDoc>) ?? model<MindCheckInDoc>("MindCheckIn", mindCheckInSchema);
