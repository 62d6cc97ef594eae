import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * One weigh-in per member-local day (`_id` = `<userId>:<dayKey>`; the last one that day wins), in kg.
 * It feeds the adaptive energy estimate and progress charts.
 */
const bodyWeightSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    kg: { type: Number, required: true },
  },
  { timestamps: true, collection: "body_weights" },
);
bodyWeightSchema.index({ userId: 1, dayKey: 1 }, { name: "user_day" });

export type BodyWeightDoc = InferSchemaType<typeof bodyWeightSchema>;
export const bodyWeightId = (userId: string, dayKey: string) => `${userId}:${dayKey}`;
export const BodyWeightModel: Model<BodyWeightDoc> = (models.BodyWeight as Model<BodyWeightDoc>) ?? model<BodyWeightDoc>("BodyWeight", bodyWeightSchema);
