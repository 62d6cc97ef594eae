import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * One document per browser push subscription (a member may have several devices). `_id` is the
 * SHA-256 of the endpoint (base64url), so "upsert by endpoint" is a primary-key lookup, which FerretDB
 * serves from an index; `endpoint_unique` states the rule for MongoDB too. The keys are not health data
 * but they let anyone send to the device: they never leave the server (push.devices omits them).
 */
const pushSubscriptionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    endpoint: { type: String, required: true },
    keys: {
      type: new Schema({ p256dh: { type: String, required: true }, auth: { type: String, required: true } }, { _id: false }),
      required: true,
    },
    deviceLabel: { type: String, default: "" },
    createdAt: { type: Date, required: true },
    lastSuccessAt: { type: Date, default: null },
    /** Failed deliveries since the last success (reset to 0 by a success). */
    failures: { type: Number, default: 0 },
  },
  { collection: "push_subscriptions", versionKey: false },
);
pushSubscriptionSchema.index({ endpoint: 1 }, { unique: true, name: "endpoint_unique" });
pushSubscriptionSchema.index({ userId: 1, createdAt: 1 }, { name: "user_created" });

export type PushSubscriptionDoc = InferSchemaType<typeof pushSubscriptionSchema>;
export type StoredPushSubscription = PushSubscriptionDoc & { _id: string };
export const PushSubscriptionModel: Model<PushSubscriptionDoc> =
  (models.PushSubscription as Model<PushSubscriptionDoc>) ?? model<PushSubscriptionDoc>("PushSubscription", pushSubscriptionSchema);
