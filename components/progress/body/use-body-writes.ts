"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import { useWeightWrites } from "@/components/eat/weight/use-weight-writes";
import { useLocalWrites } from "@/components/train/use-local-writes";
import type { TBodySitesCm } from "@/lib/schemas/body";
import { useTRPC } from "@/lib/trpc/react";

type MeasurementWrite =
  | { key: string; path: "body.saveMeasurements"; input: { dayKey: string; sites: TBodySitesCm } }
  | { key: string; path: "body.deleteMeasurements"; input: { dayKey: string } };
const isMeasurementWrite = (path: string) => path === "body.saveMeasurements" || path === "body.deleteMeasurements";

/** What is still on the phone for a day: its new measurements, or `null` when the day is being deleted. */
export type PendingMeasurements = Map<string, TBodySitesCm | null>;

/**
 * The Body section's writes through the offline outbox (one outbox for the section): weigh-ins as on
 * Eat › Weight (`bodyWeight.log`, the day's last one wins), and a day's measurements saved (replacing
 * the day) or deleted (a day with none: nothing changes), so a replay changes nothing. Each is shown at
 * once; each answer makes the charts be read again.
 */
export function useBodyWrites(userId: string) {
  const weight = useWeightWrites(userId);
  const { outbox } = weight;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { unqueued, queueLocal } = useLocalWrites<MeasurementWrite>(outbox, isMeasurementWrite);

  useEffect(
    () =>
      outbox.subscribe(({ write }) => {
        if (write.path === "bodyWeight.log") void queryClient.invalidateQueries({ queryKey: trpc.body.weight.queryKey() });
        if (isMeasurementWrite(write.path)) void queryClient.invalidateQueries({ queryKey: trpc.body.measurements.queryKey() });
      }),
    [outbox, queryClient, trpc],
  );

  /** Per day, the last measurement write not on the server yet (queued ones, then those being stored). */
  const pendingMeasurements = useMemo(() => {
    const byDay: PendingMeasurements = new Map();
    const apply = (path: string, input: unknown) => {
      if (path === "body.saveMeasurements") {
        const save = input as { dayKey: string; sites: TBodySitesCm };
        byDay.set(save.dayKey, save.sites);
      } else if (path === "body.deleteMeasurements") byDay.set((input as { dayKey: string }).dayKey, null);
    };
    for (const write of outbox.pending) apply(write.path, write.input);
    for (const write of unqueued) apply(write.path, write.input);
    return byDay;
  }, [outbox.pending, unqueued]);

  /** Both answer whether this phone stored the write (if not, the sync line says why and the form keeps its values). */
  const saveMeasurements = useCallback(
    (dayKey: string, sites: TBodySitesCm): Promise<boolean> =>
      queueLocal(`measurements:${dayKey}`, (key) => ({ key, path: "body.saveMeasurements", input: { dayKey, sites } }), [`measurements:${dayKey}`]),
    [queueLocal],
  );
  const deleteMeasurements = useCallback(
    (dayKey: string): Promise<boolean> => queueLocal(`measurements:${dayKey}`, (key) => ({ key, path: "body.deleteMeasurements", input: { dayKey } }), [`measurements:${dayKey}`]),
    [queueLocal],
  );

  return { outbox, pendingWeights: weight.pending, logWeight: weight.log, pendingMeasurements, saveMeasurements, deleteMeasurements };
}

export type BodyWrites = ReturnType<typeof useBodyWrites>;
