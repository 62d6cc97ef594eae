import "server-only";
import { createHash } from "node:crypto";
import { Types } from "mongoose";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { checkPushEndpoint } from "./push-endpoint";
import { PushSubscriptionModel, type StoredPushSubscription } from "./push-subscription-model";

export type PushDevice = { id: string; deviceLabel: string; createdAt: Date; lastSuccessAt: Date | null };

/**
 * Devices kept per member: every reminder goes to each of them, so the count bounds a job's work. A new
 * subscription beyond it evicts the one that last worked longest ago (browsers rotate endpoints and
 * rarely say so; the stale ones are the ones nobody reads).
 */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

/** The subscription id: a hash of the endpoint, so the endpoint itself (a capability URL) stays server-side. */
export const subscriptionIdOf = (endpoint: string) => createHash("sha256").update(endpoint).digest("base64url");

const decodedLength = (value: string) => Buffer.from(value.replace(/=+$/, ""), "base64url").length;

/**
 * Stores (or refreshes) this device's subscription for the member. The endpoint is unique: subscribing
 * an endpoint another account had moves it to this one (the browser belongs to whoever is signed in
 * now), and its keys are replaced by the ones just sent.
 */
export async function subscribe(userId: string, input: { endpoint: string; keys: { p256dh: string; auth: string }; deviceLabel?: string }): Promise<{ id: string }> {
  const checked = checkPushEndpoint(input.endpoint);
  if (!checked.ok) throw new AppError("BAD_REQUEST", `This push endpoint cannot be used (${checked.reason}).`);
  if (decodedLength(input.keys.p256dh) !== 65) throw new AppError("BAD_REQUEST", "The subscription's p256dh key must be a 65-byte P-256 public key.");
  if (decodedLength(input.keys.auth) !== 16) throw new AppError("BAD_REQUEST", "The subscription's auth secret must be 16 bytes.");
  const _id = subscriptionIdOf(input.endpoint);
  const fields = { userId: new Types.ObjectId(userId), keys: { p256dh: input.keys.p256dh, auth: input.keys.auth }, deviceLabel: input.deviceLabel ?? "" };
  await oneAtATime(`push-subscription:${_id}`, async () => {
    const existing = await PushSubscriptionModel.findById(_id).select({ _id: 1 }).lean();
    if (existing) {
      await PushSubscriptionModel.updateOne({ _id }, { $set: { ...fields, failures: 0 } });
      return;
    }
    try {
      await PushSubscriptionModel.create({ _id, endpoint: input.endpoint, ...fields, createdAt: new Date(), lastSuccessAt: null, failures: 0 });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await PushSubscriptionModel.updateOne({ _id }, { $set: { ...fields, failures: 0 } });
    }
  });
  await oneAtATime(`push-subscriptions-of:${userId}`, () => evictBeyondLimit(userId, _id));
  return { id: _id };
}

/** Keeps the member's newest MAX_SUBSCRIPTIONS_PER_USER devices (by last success, else creation); never `keep`. */
async function evictBeyondLimit(userId: string, keep: string): Promise<void> {
  const rows = await PushSubscriptionModel.find({ userId: new Types.ObjectId(userId) }).select({ _id: 1, createdAt: 1, lastSuccessAt: 1 }).lean();
  if (rows.length <= MAX_SUBSCRIPTIONS_PER_USER) return;
  const lastSeen = (row: (typeof rows)[number]) => (row.lastSuccessAt ?? row.createdAt).getTime();
  const oldestFirst = rows.filter((row) => String(row._id) !== keep).sort((a, b) => lastSeen(a) - lastSeen(b));
  const evicted = oldestFirst.slice(0, rows.length - MAX_SUBSCRIPTIONS_PER_USER).map((row) => String(row._id));
  await PushSubscriptionModel.deleteMany({ _id: { $in: evicted }, userId: new Types.ObjectId(userId) });
}

/** Removes the caller's own subscription for this endpoint; someone else's is left alone. */
export async function unsubscribe(userId: string, endpoint: string): Promise<{ removed: boolean }> {
  const result = await PushSubscriptionModel.deleteOne({ _id: subscriptionIdOf(endpoint), userId: new Types.ObjectId(userId) });
  return { removed: result.deletedCount === 1 };
}

/** Removes one of the caller's devices by its id (from push.devices); someone else's id reads as missing. */
export async function removeDevice(userId: string, id: string): Promise<void> {
  const result = await PushSubscriptionModel.deleteOne({ _id: id, userId: new Types.ObjectId(userId) });
  if (result.deletedCount !== 1) throw new AppError("NOT_FOUND", "No such device.");
}

export async function listDevices(userId: string): Promise<PushDevice[]> {
  const rows = await PushSubscriptionModel.find({ userId: new Types.ObjectId(userId) }).select({ deviceLabel: 1, createdAt: 1, lastSuccessAt: 1 }).sort({ createdAt: 1 }).lean();
  return rows.map((row) => ({ id: String(row._id), deviceLabel: row.deviceLabel ?? "", createdAt: row.createdAt, lastSuccessAt: row.lastSuccessAt ?? null }));
}

/** Every subscription of a member, keys included: for the sender only. */
export async function subscriptionsOf(userId: string | Types.ObjectId): Promise<StoredPushSubscription[]> {
  return (await PushSubscriptionModel.find({ userId: new Types.ObjectId(String(userId)) }).lean()) as StoredPushSubscription[];
}

export async function recordDelivery(subscriptionId: string, at: Date): Promise<void> {
  await PushSubscriptionModel.updateOne({ _id: subscriptionId }, { $set: { lastSuccessAt: at, failures: 0 } });
}

export async function recordFailure(subscriptionId: string): Promise<void> {
  await PushSubscriptionModel.updateOne({ _id: subscriptionId }, { $inc: { failures: 1 } });
}

/** The push service said the subscription is gone (404/410). */
export async function deleteSubscription(subscriptionId: string): Promise<void> {
  await PushSubscriptionModel.deleteOne({ _id: subscriptionId });
}
