import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * What a trainer decided for one client: whether a reduced session needs the trainer's approval.
 * `_id` = `<trainerId>:<clientId>`, so the policy belongs to the pair: a client who moves to another
 * trainer starts without one (no approval needed) until the new trainer sets it.
 */
const readinessPolicySchema = new Schema(
  {
    _id: { type: String, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    requireApproval: { type: Boolean, required: true },
  },
  { collection: "readiness_policies", versionKey: false, timestamps: true },
);

export type ReadinessPolicyDoc = InferSchemaType<typeof readinessPolicySchema>;
export const ReadinessPolicyModel: Model<ReadinessPolicyDoc> =
  (models.ReadinessPolicy as Model<ReadinessPolicyDoc>) ?? model<ReadinessPolicyDoc>("ReadinessPolicy", readinessPolicySchema);

export const policyId = (trainerId: string, clientId: string) => `${trainerId.toLowerCase()}:${clientId.toLowerCase()}`;
