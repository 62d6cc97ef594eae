"use client";

import type { QueuedWrite } from "@/lib/offline/local-db";
import type { ProgressRange } from "@/lib/schemas/progress";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import { BodyWeightPanel } from "./body-weight-panel";
import { MeasurementsPanel } from "./measurements-panel";
import { PhotosPanel } from "./photos-panel";
import { useBodyWrites } from "./use-body-writes";

/** Plain words for a refused write: which Body change it was. */
const writeLabels: Record<string, string> = {
  "bodyWeight.log": "A weigh-in",
  "body.saveMeasurements": "Saving measurements",
  "body.deleteMeasurements": "Deleting measurements",
};
const describeWrite = (write: QueuedWrite) => writeLabels[write.path] ?? "A change";

/**
 * The Body part of /progress for the signed-in member: weight with a 7-day average, body measurements
 * (cm or inches by the profile's height unit) and private progress photos, all over `range`. Weigh-ins
 * and measurements go through the offline outbox; photos need a connection.
 */
export function BodySection({ userId, range, weightUnit }: { userId: string; range: ProgressRange; weightUnit: "kg" | "lb" }) {
  const writes = useBodyWrites(userId);
  return (
    <section aria-labelledby="body-progress-heading" className="card space-y-6">
      <h2 id="body-progress-heading" className="text-lg font-semibold">
        Body
      </h2>
      <SyncStatusAfterChange outbox={writes.outbox} describeWrite={describeWrite} />
      <BodyWeightPanel range={range} weightUnit={weightUnit} writes={writes} />
      <MeasurementsPanel range={range} writes={writes} />
      <PhotosPanel range={range} />
    </section>
  );
}
