import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * A member's current insights, one document per member (`_id` = the member's id as a string): a
 * recompute replaces it in one write, so a reader never sees half of a run. `insights` hold the
 * engine's drafts with their persona wording (TInsightView in lib/schemas/insights.ts); `inputs` say
 * what the run read (days covered, counts per domain, the history's last write), so every result can
 * be traced to its data. `readiness` is today's readiness draft's level, kept top-level so the trainer
 * inbox reads it without scanning the array.
 */
const memberInsightsSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    /** The member-local day the run was for. */
    dayKey: { type: String, required: true },
    computedAt: { type: Date, required: true },
    /** The job generation that produced it (server/insights/insight-jobs). */
    generation: { type: String, required: true },
    persona: { type: String, required: true },
    insights: { type: [Schema.Types.Mixed], default: [] },
    readiness: { type: String, enum: ["green", "amber", "red", null], default: null },
    inputs: { type: Schema.Types.Mixed, required: true },
    /** How many runs produced this member's insights: a cheap "it changed" signal for pollers. */
    version: { type: Number, default: 0 },
  },
  { collection: "member_insights", versionKey: false },
);

export type MemberInsightsDoc = InferSchemaType<typeof memberInsightsSchema>;
export const MemberInsightsModel: Model<MemberInsightsDoc> =
  (models.MemberInsights as Model<MemberInsightsDoc>) ?? model<MemberInsightsDoc>("MemberInsights", memberInsightsSchema);
