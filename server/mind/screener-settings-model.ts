import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { sharingLevels } from "@/lib/mind/sharing";

/** One change of the member's sharing consent, kept so the member can see what they agreed to and when. */
const sharingChangeSchema = new Schema(
  {
    at: { type: Date, required: true },
    from: { type: String, required: true, enum: sharingLevels },
    to: { type: String, required: true, enum: sharingLevels },
  },
  { _id: false },
);

/**
 * The member's Mind settings (`_id` = userId). PHQ-2 and GAD-2 are off until the member turns them on:
 * depression and anxiety screeners are not something to spring on anyone. Sharing with the trainer is
 * "none" until the member chooses otherwise (a missing field means "none" too), and every change is logged.
 */
const mindSettingsSchema = new Schema(
  {
    _id: { type: String, required: true },
    screenersEnabled: {
      phq2: { type: Boolean, default: false },
      gad2: { type: Boolean, default: false },
    },
    sharing: { type: String, enum: sharingLevels, default: "none" },
    sharingLog: { type: [sharingChangeSchema], default: [] },
    updatedAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "mind_settings", versionKey: false },
);

export type MindSettingsDoc = InferSchemaType<typeof mindSettingsSchema>;
export const MindSettingsModel: Model<MindSettingsDoc> =
  (models.MindSettings as Model<MindSettingsDoc>) ?? model<MindSettingsDoc>("MindSettings", mindSettingsSchema);
