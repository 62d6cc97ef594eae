import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * The member's Mind settings (`_id` = userId). PHQ-2 and GAD-2 are off until the member turns them on:
 * depression and anxiety screeners are not something to spring on anyone.
 */
const mindSettingsSchema = new Schema(
  {
    _id: { type: String, required: true },
    screenersEnabled: {
      phq2: { type: Boolean, default: false },
      gad2: { type: Boolean, default: false },
    },
    updatedAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "mind_settings", versionKey: false },
);

export type MindSettingsDoc = InferSchemaType<typeof mindSettingsSchema>;
export const MindSettingsModel: Model<MindSettingsDoc> =
  (models.MindSettings as Model<MindSettingsDoc>) ?? model<MindSettingsDoc>("MindSettings", mindSettingsSchema);
