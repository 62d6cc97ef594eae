import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

import type { BodySite } from "@/lib/schemas/body";

export { bodySites, type BodySite } from "@/lib/schemas/body";

const sitesSchema = new Schema(
  {
    waist: { type: Number },
    hips: { type: Number },
    chest: { type: Number },
    neck: { type: Number },
    upper_arm: { type: Number },
    thigh: { type: Number },
    calf: { type: Number },
  },
  { _id: false },
);

/**
 * One set of body measurements per member-local day (`_id` = `<userId>:<dayKey>`), in cm. Saving again
 * that day replaces the sites, so a replayed save changes nothing. Read by `_id` range for a member.
 */
const bodyMeasurementSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    sites: { type: sitesSchema, required: true, default: {} },
  },
  { timestamps: true, collection: "body_measurements", versionKey: false },
);
// No secondary index: every read is an `_id` range of one member (the only index FerretDB uses).

export type BodyMeasurementDoc = InferSchemaType<typeof bodyMeasurementSchema>;
export type BodySitesCm = Partial<Record<BodySite, number>>;
export const bodyMeasurementId = (userId: string, dayKey: string) => `${userId}:${dayKey}`;
export const BodyMeasurementModel: Model<BodyMeasurementDoc> =
  (models.BodyMeasurement as Model<BodyMeasurementDoc>) ?? model<BodyMeasurementDoc>("BodyMeasurement", bodyMeasurementSchema);
