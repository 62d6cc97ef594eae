import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// One document per trainer, keyed by the trainer's id: read by primary key (indexed on FerretDB too)
// and saved with one upsert. Missing means the defaults (lib/coaching/attention.ts).
const trainerSettingsSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    inactivityDays: { type: Number, required: true, min: 1, max: 30 },
  },
  { collection: "trainer_settings", timestamps: true },
);

export type TrainerSettingsDoc = InferSchemaType<typeof trainerSettingsSchema>;
export const TrainerSettingsModel: Model<TrainerSettingsDoc> =
  (models.TrainerSettings as Model<TrainerSettingsDoc>) ?? model<TrainerSettingsDoc>("TrainerSettings", trainerSettingsSchema);
