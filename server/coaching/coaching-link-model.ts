import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// One document per trainer and client, ever: ending the relationship keeps the row (status "ended")
// so a later re-link reuses it and the unique pair index stays a plain one (FerretDB has no partial
// indexes). The trainer issue builds invitations on top of this; today links are made by services.
const coachingLinkSchema = new Schema(
  {
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: ["active", "ended"], required: true, default: "active" },
    startedAt: { type: Date, required: true, default: () => new Date() },
    endedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "coaching_links" },
);
coachingLinkSchema.index({ trainerId: 1, clientId: 1 }, { unique: true, name: "trainer_client_unique" });
coachingLinkSchema.index({ clientId: 1, status: 1 }, { name: "client_status" });

export type CoachingLinkDoc = InferSchemaType<typeof coachingLinkSchema>;
export const CoachingLinkModel: Model<CoachingLinkDoc> =
  (models.CoachingLink as Model<CoachingLinkDoc>) ?? model<CoachingLinkDoc>("CoachingLink", coachingLinkSchema);
