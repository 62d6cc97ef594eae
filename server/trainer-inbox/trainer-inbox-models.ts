import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { sharingLevels } from "@/lib/mind/sharing";

/**
 * What a trainer did with one client's insight (`_id` = `<trainerId>:<clientId>:<insightKey>`, so one
 * row per trainer, client and finding, however often it is recomputed). Inserted before anything else
 * happens: the insert is the claim that makes a send happen once. `sending` is a send in flight (or one
 * whose process stopped before the message was stored: the next send of the same item finishes it
 * with the same message id); `sent` and `dismissed` are handled, and the item stays out of the inbox.
 */
const trainerInboxActionSchema = new Schema(
  {
    _id: { type: String, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    action: { type: String, required: true, enum: ["sending", "sent", "dismissed"] },
    kind: { type: String, required: true },
    /** The conversation message a send stored (its id only, never the text). */
    messageId: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { collection: "trainer_inbox_actions", versionKey: false },
);

export type TrainerInboxActionDoc = InferSchemaType<typeof trainerInboxActionSchema>;
export const TrainerInboxActionModel: Model<TrainerInboxActionDoc> =
  (models.TrainerInboxAction as Model<TrainerInboxActionDoc>) ?? model<TrainerInboxActionDoc>("TrainerInboxAction", trainerInboxActionSchema);

/**
 * The last hour in which a trainer was shown a client's Mind-derived insights, and under which consent
 * (`_id` = `<trainerId>:<clientId>`), so the member's Mind access log gets one "Coaching insights" row
 * per trainer and hour (or change of consent), as the roster's wellbeing signal does
 * (server/mind/roster-read-model.ts). Claimed by `_id`, so two app instances write one.
 */
const trainerInsightMindReadSchema = new Schema(
  {
    _id: { type: String, required: true },
    hour: { type: String, required: true },
    level: { type: String, required: true, enum: sharingLevels },
  },
  { collection: "trainer_insight_mind_reads", versionKey: false },
);

export type TrainerInsightMindReadDoc = InferSchemaType<typeof trainerInsightMindReadSchema>;
export const TrainerInsightMindReadModel: Model<TrainerInsightMindReadDoc> =
  (models.TrainerInsightMindRead as Model<TrainerInsightMindReadDoc>) ?? model<TrainerInsightMindReadDoc>("TrainerInsightMindRead", trainerInsightMindReadSchema);
