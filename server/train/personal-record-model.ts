import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const bestSchema = new Schema(
  { value: { type: Number, required: true }, setId: { type: String, required: true }, at: { type: Date, required: true }, weightKg: Number, reps: Number },
  { _id: false },
);

// One document per member and exercise holds every record kind, so detecting and storing a record on
// save is one read and one atomic write. It can always be rebuilt from workout_sets (after an edit).
const personalRecordSchema = new Schema(
  {
    _id: { type: String, required: true }, // `${userId}:${exerciseId}`
    userId: { type: Schema.Types.ObjectId, required: true },
    exerciseId: { type: String, required: true },
    heaviest: { type: bestSchema, default: null },
    bestE1rm: { type: bestSchema, default: null },
    bestVolume: { type: bestSchema, default: null },
    mostReps: { type: bestSchema, default: null },
    longestDuration: { type: bestSchema, default: null },
    longestDistance: { type: bestSchema, default: null },
    /** Most reps ever done at each load (kg). */
    repsAtLoad: { type: [bestSchema], default: [] },
  },
  { timestamps: true, collection: "personal_records" },
);

personalRecordSchema.index({ userId: 1, updatedAt: -1 }, { name: "user_updated" });

export type PersonalRecordDoc = InferSchemaType<typeof personalRecordSchema>;
export const PersonalRecordModel: Model<PersonalRecordDoc> =
  (models.PersonalRecord as Model<PersonalRecordDoc>) ?? model<PersonalRecordDoc>("PersonalRecord", personalRecordSchema);
