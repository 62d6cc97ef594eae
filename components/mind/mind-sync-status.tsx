"use client";

import type { QueuedWrite } from "@/lib/offline/local-db";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import type { Outbox } from "@/components/train/use-outbox";

/** Plain words for a refused write: which Mind change it was. */
const writeLabels: Record<string, string> = {
  "mind.saveCheckIn": "Your check-in",
  "mind.journalAdd": "A new journal entry",
  "mind.journalUpdate": "A journal edit",
  "mind.journalDelete": "Deleting a journal entry",
};
const describeWrite = (write: QueuedWrite) => writeLabels[write.path] ?? "A change";

/** Whether what the member wrote in Mind is on the server yet, naming a refused change. */
export function MindSyncStatus({ outbox }: { outbox: Outbox }) {
  return <SyncStatusAfterChange outbox={outbox} describeWrite={describeWrite} />;
}
