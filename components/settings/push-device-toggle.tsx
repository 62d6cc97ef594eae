"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { deviceLabelOf, pushSupport, sameKey, urlBase64ToBytes, type PushSupport } from "@/lib/push/browser-push";
import { deviceSubscription } from "@/lib/push/device-subscription";
import { messageOf, useTRPC } from "@/lib/trpc/react";

// A browser whose push service is unreachable may never answer `subscribe`, and a page whose service
// worker failed to install never gets `ready`: give up and say so rather than spin forever.
const SUBSCRIBE_TIMEOUT_MS = 15_000;

class PushUnavailable extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PushUnavailable("timeout")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

type DeviceState = { support: PushSupport; subscribed: boolean } | null;
type Subscribe = (input: { endpoint: string; keys: { p256dh: string; auth: string }; deviceLabel: string }) => Promise<unknown>;

function register(subscription: PushSubscription, save: Subscribe) {
  const json = subscription.toJSON();
  return save({ endpoint: subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" }, deviceLabel: deviceLabelOf(navigator.userAgent) });
}

/**
 * Reminders on this phone or computer: asks for notification permission, subscribes through the
 * browser's push service and stores the subscription with the server. Each device opts in on its own.
 */
export function PushDeviceToggle() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [device, setDevice] = useState<DeviceState>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const vapid = useQuery({ ...trpc.push.vapidPublicKey.queryOptions(), staleTime: Infinity });
  const subscribe = useMutation(trpc.push.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.push.unsubscribe.mutationOptions());
  const refreshDevices = () => queryClient.invalidateQueries({ queryKey: trpc.push.devices.queryKey() });

  useEffect(() => {
    // Detected after mount: the server cannot know what this browser supports.
    const support = pushSupport(window);
    if (support !== "supported") return setDevice({ support, subscribed: false });
    void deviceSubscription().then(async (subscription) => {
      setDevice({ support, subscribed: Boolean(subscription) });
      // Saying it again is harmless (the server upserts by endpoint) and repairs a subscribe that failed
      // halfway or an endpoint still filed under the previous account on a shared phone.
      if (subscription) await register(subscription, subscribe.mutateAsync).then(refreshDevices, () => undefined);
    });
    // Once, on mount.
  }, []);

  async function turnOn() {
    setError(null);
    setBusy(true);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setDevice({ support: permission === "denied" ? "denied" : "supported", subscribed: false });
        if (permission !== "denied") setError("Notifications were not allowed. Try again and choose Allow.");
        return;
      }
      const key = vapid.data ?? (await vapid.refetch()).data;
      if (!key) throw new Error("The reminder service is not reachable right now. Try again in a moment.");
      const applicationServerKey = urlBase64ToBytes(key.publicKey);
      const registration = await withTimeout(navigator.serviceWorker.ready, SUBSCRIBE_TIMEOUT_MS);
      // A subscription made with an older server key cannot be reused: drop it and make a new one.
      const existing = await registration.pushManager.getSubscription();
      if (existing && !sameKey(existing.options.applicationServerKey, applicationServerKey)) await existing.unsubscribe();
      const subscription = await withTimeout(registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey }), SUBSCRIBE_TIMEOUT_MS);
      await register(subscription, subscribe.mutateAsync);
      setDevice({ support: "supported", subscribed: true });
      await refreshDevices();
    } catch (cause) {
      setError(
        cause instanceof PushUnavailable || cause instanceof DOMException
          ? "This browser could not reach its push service. Check your connection and try again."
          : messageOf(cause),
      );
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setError(null);
    setBusy(true);
    try {
      const subscription = await deviceSubscription();
      if (subscription) {
        await unsubscribe.mutateAsync({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setDevice({ support: "supported", subscribed: false });
      await refreshDevices();
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  }

  if (!device) return <p className="text-sm text-slate-600">Checking this device…</p>;
  return (
    <div className="space-y-3">
      {device.support === "unsupported" ? (
        <Alert tone="info">This browser cannot show reminders. On iPhone and iPad, add Character Coach to your Home Screen first (Share → Add to Home Screen), then open it from there.</Alert>
      ) : device.support === "denied" ? (
        <Alert tone="info">Notifications are blocked for this site. Allow them in your browser&apos;s site settings, then come back here.</Alert>
      ) : device.subscribed ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700" data-testid="push-device-state">Reminders are on for this device.</p>
          <button type="button" className="btn-secondary" onClick={turnOff} disabled={busy}>Turn off on this device</button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700" data-testid="push-device-state">Reminders are off for this device.</p>
          <button type="button" className="btn-primary" onClick={turnOn} disabled={busy}>Turn on reminders</button>
        </div>
      )}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
