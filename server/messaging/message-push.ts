import "server-only";
import { logger } from "@/server/logging/logger";
import { sendPush } from "@/server/push/push-sender";
import { deleteSubscription, recordDelivery, recordFailure, subscriptionsOf } from "@/server/push/push-service";

/** What the service worker receives for a new message (public/sw-push.js shows it; a tap opens `url`). */
export type MessagePushPayload = { type: "message"; title: string; body: string; url: string; tag: string };

export const PUSH_BODY_CHARS = 120;

/** The lock-screen text: the message's first 120 characters (an ellipsis when cut). */
export function messagePushPayload(input: { senderName: string; text: string; url: string; conversationId: string }): MessagePushPayload {
  const flat = input.text.replace(/\s+/g, " ").trim();
  const body = flat.length > PUSH_BODY_CHARS ? `${flat.slice(0, PUSH_BODY_CHARS - 1)}…` : flat;
  return { type: "message", title: input.senderName, body, url: input.url, tag: `message-${input.conversationId}` };
}

export type SendToUserResult = { sent: number; gone: number; failed: number };

/**
 * Sends `payload` to every device of `userId` once, no retries: a message is read in the app anyway,
 * so a missed notification costs little. A device the push service calls gone (404/410) is deleted,
 * as the reminder scheduler does; other failures are counted on the device and logged.
 */
export async function sendToUser(userId: string, payload: MessagePushPayload, options: { allowLocal?: boolean } = {}): Promise<SendToUserResult> {
  const result: SendToUserResult = { sent: 0, gone: 0, failed: 0 };
  const subscriptions = await subscriptionsOf(userId);
  await Promise.all(
    subscriptions.map(async (subscription) => {
      // A day is plenty: a notification for a message nobody opened in a day is stale.
      const outcome = await sendPush(subscription, payload, { ttlSeconds: 24 * 3600, urgency: "high", allowLocal: options.allowLocal });
      const log = { push: "message", subscriptionId: subscription._id, outcome: outcome.kind, status: outcome.status };
      if (outcome.kind === "ok") {
        result.sent++;
        await recordDelivery(subscription._id, new Date());
      } else if (outcome.kind === "gone") {
        result.gone++;
        await deleteSubscription(subscription._id);
        logger.info(log, "push subscription expired; deleted");
      } else {
        result.failed++;
        await recordFailure(subscription._id);
        logger.warn({ ...log, error: outcome.error }, "message push failed");
      }
    }),
  );
  return result;
}

/**
 * Fire and forget, after the message is stored: the sender's request does not wait for push services,
 * and a failed push never fails the message (it is logged, never with the text).
 */
export function notifyInBackground(userId: string, payload: MessagePushPayload): void {
  void sendToUser(userId, payload).catch((error: unknown) => {
    logger.error({ push: "message", err: { name: (error as Error).name, message: (error as Error).message } }, "message push crashed");
  });
}
