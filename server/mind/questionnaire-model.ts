import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * One completed wellbeing questionnaire. Answers are kept with the score so the score can always be
 * re-derived (lib/mind/scoring.ts), and the history chart reads the score fields. Answers are never
 * shared with a trainer and never written to the audit log.
 */
const mindQuestionnaireSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    instrument: { type: String, required: true, enum: ["who5", "phq2", "gad2"] },
    /** The member-local day it was completed. */
    dayKey: { type: String, required: true },
    answers: { type: [Number], required: true },
    /** WHO-5 raw (0–25), PHQ-2 / GAD-2 score (0–6). */
    score: { type: Number, required: true },
    /** WHO-5 only (raw × 4). */
    percentage: { type: Number, default: null },
    flags: {
      low: { type: Boolean, default: false },
      drop: { type: Boolean, default: false },
      positive: { type: Boolean, default: false },
    },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: "mind_questionnaires", versionKey: false },
);
mindQuestionnaireSchema.index({ userId: 1, instrument: 1, createdAt: 1 }, { name: "user_instrument_created" });

export type MindQuestionnaireDoc = InferSchemaType<typeof mindQuestionnaireSchema>;
export const MindQuestionnaireModel: Model<MindQuestionnaireDoc> =
  (models.MindQuestionnaire as Model<MindQuestionnaireDoc>) ?? model<MindQuestionnaireDoc>("MindQuestionnaire", mindQuestionnaireSchema);
