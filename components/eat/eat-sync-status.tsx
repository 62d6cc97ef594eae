"use client";

import type { QueuedWrite } from "@/lib/offline/local-db";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import type { Outbox } from "@/components/train/use-outbox";

/** Plain words for a refused write: which diary change it was. */
const writeLabels: Record<string, string> = {
  "diary.logFood": "Logging a food",
  "diary.quickAdd": "A quick add",
  "diary.updateEntry": "Changing an entry",
  "diary.removeEntry": "Removing an entry",
  "diary.copyMeal": "Copying a meal",
  "diary.addWater": "Adding water",
  "diary.removeWater": "Removing water",
};
const describeWrite = (write: QueuedWrite) => writeLabels[write.path] ?? "A change";

/** Whether what the member logged is on the server yet: the app's sync line, naming the refused diary change. */
export function EatSyncStatus({ outbox }: { outbox: Outbox }) {
  return <SyncStatusAfterChange outbox={outbox} describeWrite={describeWrite} />;
}
