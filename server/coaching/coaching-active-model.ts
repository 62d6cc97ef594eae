import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// "Who coaches this member right now": at most one document per member, `_id` = the member's id.
// Linking inserts it and ending deletes it, so two trainers linking one member at the same instant
// cannot both win: the second insert hits the primary key (the one atomic primitive FerretDB has).
// `coaching_links` keeps the history (start and end of every pair); this is the truth for "now".
const coachingActiveSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    since: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "coaching_active", versionKey: false },
);
coachingActiveSchema.index({ trainerId: 1 }, { name: "trainer" });

export type CoachingActiveDoc = InferSchemaType<typeof coachingActiveSchema>;
export const CoachingActiveModel: Model<CoachingActiveDoc> =
  (models.CoachingActive as Model<CoachingActiveDoc>) ?? model<CoachingActiveDoc>("CoachingActive", coachingActiveSchema);
