"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

/** Every device that gets reminders, so a member can see where they arrive. */
export function PushDevicesList() {
  const trpc = useTRPC();
  const devices = useQuery(trpc.push.devices.queryOptions());
  if (devices.isPending || !devices.data || devices.data.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">Devices that get reminders</h3>
      <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label="Devices that get reminders">
        {devices.data.map((device) => (
          <li key={device.id} className="flex flex-wrap justify-between gap-2 py-2">
            <span>{device.deviceLabel || "Unnamed device"}</span>
            <span className="text-slate-600">
              since {dateFormat.format(device.createdAt)}
              {device.lastSuccessAt ? ` · last reminder ${dateFormat.format(device.lastSuccessAt)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
