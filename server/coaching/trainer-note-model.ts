import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

// A trainer's private note about one client. The text is health-adjacent free text ("knee sore after
// squats"), so it is encrypted (server/crypto/field-encryption.ts) and bound to its own document; the
// client never sees it, another trainer never sees it.
const trainerNoteSchema = new Schema(
  {
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    text: { type: encryptedFieldSchema, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "trainer_notes", versionKey: false },
);
trainerNoteSchema.index({ trainerId: 1, clientId: 1, createdAt: -1 }, { name: "trainer_client_created" });

export type TrainerNoteDoc = InferSchemaType<typeof trainerNoteSchema>;
export const TrainerNoteModel: Model<TrainerNoteDoc> = (models.TrainerNote as Model<TrainerNoteDoc>) ?? model<TrainerNoteDoc>("TrainerNote", trainerNoteSchema);
