/**
 * This browser's push subscription (browser only). Kept apart from the Settings component because
 * sign-out uses it too: a shared phone must stop showing the last member's reminders.
 */
const STOP_TIMEOUT_MS = 3_000;

export async function deviceSubscription(): Promise<PushSubscription | null> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration("/");
  return registration?.pushManager ? registration.pushManager.getSubscription() : null;
}

/** Best effort, bounded in time: tells the server to forget this device, then drops the subscription. */
export async function stopPushOnThisDevice(): Promise<void> {
  const subscription = await deviceSubscription().catch(() => null);
  if (!subscription) return;
  await fetch("/api/trpc/push.unsubscribe", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { endpoint: subscription.endpoint } }),
    signal: AbortSignal.timeout(STOP_TIMEOUT_MS),
  }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}
