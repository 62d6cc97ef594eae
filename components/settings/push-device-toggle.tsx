"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { deviceLabelOf, pushSupport, urlBase64ToBytes, type PushSupport } from "@/lib/push/browser-push";
import { messageOf, useTRPC } from "@/lib/trpc/react";

// A browser whose push service is unreachable may never answer `subscribe`: give up and say so.
const SUBSCRIBE_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException("push service timeout", "TimeoutError")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

type DeviceState = { support: PushSupport; subscribed: boolean } | null;

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return registration ? registration.pushManager.getSubscription() : null;
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

  useEffect(() => {
    // Detected after mount: the server cannot know what this browser supports.
    const support = pushSupport(window);
    if (support !== "supported") return setDevice({ support, subscribed: false });
    void currentSubscription().then((subscription) => setDevice({ support, subscribed: Boolean(subscription) }));
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
      if (!vapid.data) throw new Error("The reminder service is not reachable right now. Try again in a moment.");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await withTimeout(
        registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: urlBase64ToBytes(vapid.data.publicKey) }),
        SUBSCRIBE_TIMEOUT_MS,
      );
      const json = subscription.toJSON();
      await subscribe.mutateAsync({ endpoint: subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" }, deviceLabel: deviceLabelOf(navigator.userAgent) });
      setDevice({ support: "supported", subscribed: true });
      await queryClient.invalidateQueries({ queryKey: trpc.push.devices.queryKey() });
    } catch (cause) {
      setError(cause instanceof DOMException ? "This browser could not reach its push service. Check your connection and try again." : messageOf(cause));
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setError(null);
    setBusy(true);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        await unsubscribe.mutateAsync({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setDevice({ support: "supported", subscribed: false });
      await queryClient.invalidateQueries({ queryKey: trpc.push.devices.queryKey() });
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
          <button type="button" className="btn-primary" onClick={turnOn} disabled={busy || vapid.isPending}>Turn on reminders</button>
        </div>
      )}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
