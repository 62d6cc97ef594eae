"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { deviceSubscription } from "@/lib/push/device-subscription";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

/** The server names a device by the SHA-256 of its endpoint (base64url): the same here marks this one. */
async function thisDeviceId(): Promise<string | null> {
  const subscription = await deviceSubscription().catch(() => null);
  if (!subscription || !crypto.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(subscription.endpoint)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Every device that gets reminders, so a member sees where they arrive and can remove a lost phone. */
export function PushDevicesList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const devices = useQuery(trpc.push.devices.queryOptions());
  const remove = useMutation(trpc.push.removeDevice.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.push.devices.queryKey() }) }));
  const [currentId, setCurrentId] = useState<string | null>(null);

  useEffect(() => {
    void thisDeviceId().then(setCurrentId);
  }, [devices.data]);

  if (devices.isPending || !devices.data || devices.data.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">Devices that get reminders</h3>
      <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label="Devices that get reminders">
        {devices.data.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {device.deviceLabel || "Unnamed device"}
              {device.id === currentId ? <span className="ml-2 text-xs font-semibold text-brand-700">This device</span> : null}
              <span className="block text-slate-600">
                since {dateFormat.format(device.createdAt)}
                {device.lastSuccessAt ? ` · last reminder ${dateFormat.format(device.lastSuccessAt)}` : ""}
              </span>
            </span>
            {device.id === currentId ? null : (
              <button
                type="button"
                className="btn-secondary"
                disabled={remove.isPending}
                aria-label={`Remove ${device.deviceLabel || "unnamed device"}`}
                onClick={() => remove.mutate({ id: device.id })}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {remove.error ? <Alert>{messageOf(remove.error)}</Alert> : null}
    </div>
  );
}
