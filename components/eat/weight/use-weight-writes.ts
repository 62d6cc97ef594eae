"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import { useOutbox } from "@/components/train/use-outbox";
import { useTRPC } from "@/lib/trpc/react";

let counter = 0;

/**
 * Weigh-ins go through the offline outbox (the server keeps the day's last weigh-in, so a replay changes
 * nothing): a weigh-in typed with no signal waits on the phone and is sent when the connection returns.
 * Each answer makes the history be read again for whichever range is on screen.
 */
export function useWeightWrites(userId: string) {
  const outbox = useOutbox(userId);
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      outbox.subscribe(({ write }) => {
        if (write.path !== "bodyWeight.log") return;
        void queryClient.invalidateQueries({ queryKey: trpc.bodyWeight.history.queryKey() });
      }),
    [outbox, queryClient, trpc],
  );

  /** Weigh-ins still on the phone, by day (the last one queued for a day wins, as on the server). */
  const pending = useMemo(() => {
    const byDay = new Map<string, number>();
    for (const write of outbox.pending) if (write.path === "bodyWeight.log") {
      const input = write.input as { dayKey: string; kg: number };
      byDay.set(input.dayKey, input.kg);
    }
    return byDay;
  }, [outbox.pending]);

  const log = useCallback(
    /** Answers whether this phone stored it (if not, the sync line says why and the form keeps the number). */
    (dayKey: string, kg: number): Promise<boolean> => {
      counter += 1;
      return outbox.queue({ key: `weight:${dayKey}:${Date.now()}${counter}`, path: "bodyWeight.log", input: { dayKey, kg }, sessionId: "", subjectIds: [`weight:${dayKey}`] });
    },
    [outbox],
  );

  return { outbox, pending, log };
}
