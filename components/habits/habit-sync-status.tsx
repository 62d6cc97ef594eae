"use client";

import { useEffect, useState } from "react";
import { SyncStatus } from "@/components/train/logger/sync-status";
import type { Outbox } from "@/components/train/use-outbox";

/**
 * The logger's sync line, shown once something was queued on this screen (or is still waiting from
 * before): "All changes saved" is only news after a change.
 */
export function HabitSyncStatus({ outbox }: { outbox: Outbox }) {
  const [touched, setTouched] = useState(false);
  const busy = outbox.pending.length > 0 || outbox.rejected.length > 0 || outbox.storageError !== null;
  useEffect(() => {
    if (busy) setTouched(true);
  }, [busy]);
  if (!busy && !touched) return null;
  return <SyncStatus outbox={outbox} />;
}
