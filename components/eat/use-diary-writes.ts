"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TDiaryDayView } from "@/lib/schemas/nutrition";
import { useLocalWrites } from "@/components/train/use-local-writes";
import { useOutbox } from "@/components/train/use-outbox";
import { isDiaryWrite, withPendingWrites, type DiaryWriteInput, type DiaryWritePath } from "./diary-display";

type LocalWrite = { key: string; path: DiaryWritePath; input: DiaryWriteInput };

/** The newer of two views of the same day (a page made before a queued write landed is older than its answer). */
function newerDay(current: TDiaryDayView, incoming: TDiaryDayView): TDiaryDayView {
  if (current.dayKey !== incoming.dayKey) return incoming;
  return incoming.readAt >= current.readAt ? incoming : current;
}

/**
 * Every diary change goes through the offline outbox (like habit check-ins): it shows at once, works
 * with no signal and is replayed in order exactly once (each write carries its phone-made id). The
 * server's answer, the fresh day, replaces the shown day when it lands.
 */
export function useDiaryWrites({ userId, initial, onSent }: { userId: string; initial: TDiaryDayView; onSent?: () => void }) {
  const outbox = useOutbox(userId);
  const [served, setServed] = useState(initial);
  // A new page (another day, or a refresh) replaces the shown day unless a write's answer is newer.
  useEffect(() => setServed((shown) => newerDay(shown, initial)), [initial]);
  const { local, unqueued, queueLocal } = useLocalWrites<LocalWrite>(outbox, isDiaryWrite);
  const sentListener = useRef(onSent);
  sentListener.current = onSent;

  useEffect(
    () =>
      outbox.subscribe(({ write, result }) => {
        if (!isDiaryWrite(write.path)) return;
        const fresh = result as TDiaryDayView;
        setServed((shown) => (fresh.dayKey === shown.dayKey ? newerDay(shown, fresh) : shown));
        sentListener.current?.();
      }),
    [outbox],
  );

  const diaryPending = useMemo(() => outbox.pending.filter((write) => isDiaryWrite(write.path)), [outbox.pending]);
  const day = useMemo(() => withPendingWrites(served, [...diaryPending, ...unqueued]), [served, diaryPending, unqueued]);

  /** Ids of entries and glasses whose write has not reached the server yet. */
  const pendingIds = useMemo(() => {
    const ids = new Set<string>();
    for (const write of [...diaryPending, ...local]) {
      const input = write.input as DiaryWriteInput;
      for (const id of [input.entryId, input.waterId]) if (id) ids.add(id);
      if (Array.isArray(input.preview)) for (const entry of input.preview) ids.add(entry.id);
    }
    return ids;
  }, [diaryPending, local]);

  const queue = useCallback(
    (path: DiaryWritePath, input: DiaryWriteInput & Record<string, unknown>, subjectId: string) => void queueLocal(`${path}:${subjectId}`, (key) => ({ key, path, input }), [subjectId]),
    [queueLocal],
  );

  return { outbox, day, queue, pendingIds };
}

export type DiaryWrites = ReturnType<typeof useDiaryWrites>;
