"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocalWrites } from "@/components/train/use-local-writes";
import { useOutbox } from "@/components/train/use-outbox";
import type { TCheckInView, TSaveCheckInRequest } from "@/lib/schemas/mind";

type CheckInWrite = { key: string; path: "mind.saveCheckIn"; input: TSaveCheckInRequest };
const isCheckInWrite = (path: string) => path === "mind.saveCheckIn";

/**
 * The day's check-in through the offline outbox: shown at once, stored on the phone, sent when there
 * is a signal (the server keeps one per day, so a replay changes nothing). What is shown is the last
 * one queued for the day, else the server's.
 */
export function useCheckInWrites(userId: string, initial: TCheckInView | null) {
  const outbox = useOutbox(userId);
  const { unqueued, queueLocal } = useLocalWrites<CheckInWrite>(outbox, isCheckInWrite);
  const [saved, setSaved] = useState<TCheckInView | null>(initial);
  useEffect(() => setSaved(initial), [initial]);

  useEffect(
    () =>
      outbox.subscribe(({ write, result }) => {
        if (!isCheckInWrite(write.path)) return;
        const fresh = result as TCheckInView;
        setSaved((current) => (current === null || current.dayKey <= fresh.dayKey ? fresh : current));
      }),
    [outbox],
  );

  /** The latest check-in not on the server yet, per day (queued ones first, then those being stored). */
  const pending = useMemo(() => {
    const byDay = new Map<string, TSaveCheckInRequest>();
    for (const write of outbox.pending) if (isCheckInWrite(write.path)) {
      const input = write.input as TSaveCheckInRequest;
      byDay.set(input.dayKey, input);
    }
    for (const write of unqueued) byDay.set(write.input.dayKey, write.input);
    return byDay;
  }, [outbox.pending, unqueued]);

  /** Answers whether this phone stored it (if not, the sync line says why and the form keeps the answers). */
  const save = useCallback(
    (input: TSaveCheckInRequest): Promise<boolean> => queueLocal(`checkin:${input.dayKey}`, (key) => ({ key, path: "mind.saveCheckIn", input }), [`checkin:${input.dayKey}`]),
    [queueLocal],
  );

  return { outbox, saved, pending, save };
}
