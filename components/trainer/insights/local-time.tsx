"use client";

import { useSyncExternalStore } from "react";
import { formatInstant } from "@/lib/dates/format-instant";

const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const noZone = () => null;

/**
 * An instant ("6 Dec, 09:30") that renders the same on the server and in the browser's first (hydrating)
 * render: in UTC, marked as such, then in the viewer's own zone once hydrated. Formatting with the
 * runtime's default zone would differ between a UTC server and the browser (a hydration mismatch).
 */
export function LocalTime({ at }: { at: Date }) {
  const zone = useSyncExternalStore(subscribe, browserZone, noZone);
  return <time dateTime={at.toISOString()}>{zone ? formatInstant(at, zone, options) : formatInstant(at, "UTC", { ...options, timeZoneName: "short" })}</time>;
}
