"use client";

import { useEffect, useState } from "react";
import { SyncStatus } from "@/components/train/logger/sync-status";
import type { Outbox } from "@/components/train/use-outbox";

/** Screens where something was queued in this tab: a screen re-mounted by a navigation keeps its line. */
const touchedScreens = new Set<string>();

/**
 * The logger's sync line, shown once something was queued on this screen (or is still waiting from
 * before): "All changes saved" is only news after a change.
 */
export function HabitSyncStatus({ outbox }: { outbox: Outbox }) {
  const [touched, setTouched] = useState(() => typeof window !== "undefined" && touchedScreens.has(window.location.pathname));
  const busy = outbox.pending.length > 0 || outbox.rejected.length > 0 || outbox.storageError !== null;
  useEffect(() => {
    if (!busy) return;
    touchedScreens.add(window.location.pathname);
    setTouched(true);
  }, [busy]);
  if (!busy && !touched) return null;
  return <SyncStatus outbox={outbox} />;
}
