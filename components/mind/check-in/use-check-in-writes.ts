"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useOutbox } from "@/components/train/use-outbox";
import type { TCheckInView, TSaveCheckInRequest } from "@/lib/schemas/mind";

let counter = 0;
const subjectOf = (dayKey: string) => `checkin:${dayKey}`;

/**
 * The day's check-in through the offline outbox: saved on the phone at once, sent when there is a
 * signal (the server keeps one per day, so a replay changes nothing). What is shown is the last one
 * queued for the day, else the server's.
 */
export function useCheckInWrites(userId: string, initial: TCheckInView | null) {
  const outbox = useOutbox(userId);
  const [saved, setSaved] = useState<TCheckInView | null>(initial);
  useEffect(() => setSaved(initial), [initial]);

  useEffect(
    () =>
      outbox.subscribe(({ write, result }) => {
        if (write.path !== "mind.saveCheckIn") return;
        const fresh = result as TCheckInView;
        setSaved((current) => (current === null || current.dayKey <= fresh.dayKey ? fresh : current));
      }),
    [outbox],
  );

  /** The latest check-in still on the phone, per day. */
  const pending = useMemo(() => {
    const byDay = new Map<string, TSaveCheckInRequest>();
    for (const write of outbox.pending) if (write.path === "mind.saveCheckIn") {
      const input = write.input as TSaveCheckInRequest;
      byDay.set(input.dayKey, input);
    }
    return byDay;
  }, [outbox.pending]);

  const save = useCallback(
    async (input: TSaveCheckInRequest): Promise<boolean> => {
      counter += 1;
      return outbox.queue({ key: `checkin:${input.dayKey}:${Date.now()}${counter}`, path: "mind.saveCheckIn", input, sessionId: "", subjectIds: [subjectOf(input.dayKey)] });
    },
    [outbox],
  );

  return { outbox, saved, pending, save };
}
