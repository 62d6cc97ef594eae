import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { sharingLevels } from "@/lib/mind/sharing";

/**
 * The last hour in which a trainer's roster read a client's wellbeing signal, and under which consent
 * (`_id` = `<trainerId>:<clientId>`; one small document per coaching pair). The roster is read on every
 * visit, sort and focus; the member's access log gets one "Roster wellbeing signal" row per trainer and
 * hour (or consent level) instead of one per request. Claimed by `_id`, so two app instances write one.
 */
const mindRosterReadSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The UTC hour of the read, as `YYYY-MM-DDTHH`. */
    hour: { type: String, required: true },
    level: { type: String, required: true, enum: sharingLevels },
  },
  { collection: "mind_roster_reads", versionKey: false },
);

export type MindRosterReadDoc = InferSchemaType<typeof mindRosterReadSchema>;
export const MindRosterReadModel: Model<MindRosterReadDoc> =
  (models.MindRosterRead as Model<MindRosterReadDoc>) ?? model<MindRosterReadDoc>("MindRosterRead", mindRosterReadSchema);
