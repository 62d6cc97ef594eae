import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { activityLevels } from "@/lib/nutrition/energy";

const nutrientsSchema = new Schema(
  { energyKcal: { type: Number, required: true }, proteinG: { type: Number, required: true }, carbsG: { type: Number, required: true }, fatG: { type: Number, required: true }, fiberG: { type: Number, default: 0 } },
  { _id: false },
);
const dayTargetsSchema = new Schema({ training: { type: nutrientsSchema, required: true }, rest: { type: nutrientsSchema, required: true } }, { _id: false });
const targetSources = ["calculated", "adaptive", "manual"] as const;
const setterRoles = ["member", "trainer"] as const;

/**
 * A member's nutrition targets, one document keyed by the member's id, with their history embedded so a
 * change and its record are one atomic write.
 */
const nutritionPlanSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    activity: { type: String, enum: activityLevels, required: true },
    trainingDaysPerWeek: { type: Number, required: true },
    targets: { type: dayTargetsSchema, required: true },
    waterMl: { type: Number, default: 2_500 },
    source: { type: String, enum: targetSources, required: true },
    setBy: { type: Schema.Types.ObjectId, required: true },
    setByRole: { type: String, enum: setterRoles, required: true },
    reason: { type: [String], default: [] },
    /** Newest first, the last 50 changes. */
    history: {
      type: [
        new Schema(
          { at: Date, by: Schema.Types.ObjectId, byRole: { type: String, enum: setterRoles }, source: { type: String, enum: targetSources }, targets: dayTargetsSchema, reason: [String] },
          { _id: false },
        ),
      ],
      default: [],
    },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, collection: "nutrition_plans" },
);

export type NutritionPlanDoc = InferSchemaType<typeof nutritionPlanSchema>;
export const NutritionPlanModel: Model<NutritionPlanDoc> = (models.NutritionPlan as Model<NutritionPlanDoc>) ?? model<NutritionPlanDoc>("NutritionPlan", nutritionPlanSchema);

/**
 * Proposed targets from the adaptive energy estimate, waiting for the member's trainer (or the member,
 * without one). `openKey` is `open:<userId>` while pending and the proposal's own id afterwards, so a
 * unique index allows one open proposal per member however many estimates run at once.
 */
const nutritionProposalSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    openKey: { type: String, required: true },
    status: { type: String, enum: ["pending", "accepted", "declined", "superseded"], required: true },
    estimate: { type: Schema.Types.Mixed, required: true },
    current: { type: dayTargetsSchema, default: null },
    proposed: { type: dayTargetsSchema, required: true },
    reasoning: { type: [String], default: [] },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: Schema.Types.ObjectId, default: null },
    decidedByRole: { type: String, enum: [...setterRoles, null], default: null },
    appliedTargets: { type: dayTargetsSchema, default: null },
    note: { type: String, default: "" },
  },
  { timestamps: true, collection: "nutrition_proposals" },
);
nutritionProposalSchema.index({ openKey: 1 }, { unique: true, name: "open_key_unique" });
nutritionProposalSchema.index({ userId: 1, createdAt: -1 }, { name: "user_created" });

export type NutritionProposalDoc = InferSchemaType<typeof nutritionProposalSchema>;
export const openProposalKey = (userId: string) => `open:${userId}`;
export const NutritionProposalModel: Model<NutritionProposalDoc> =
  (models.NutritionProposal as Model<NutritionProposalDoc>) ?? model<NutritionProposalDoc>("NutritionProposal", nutritionProposalSchema);
