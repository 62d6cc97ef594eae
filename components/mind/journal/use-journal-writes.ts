"use client";

import { useCallback, useEffect, useMemo } from "react";
import { useLocalWrites } from "@/components/train/use-local-writes";
import { useOutbox } from "@/components/train/use-outbox";
import type { TJournalEntryView } from "@/lib/schemas/mind";
import { isJournalWrite, type JournalWrite } from "./journal-display";

type NewJournalWrite = Omit<JournalWrite, "key" | "createdAt">;

/**
 * Journal writes through the offline outbox: each shows at once, works with no signal and is sent in
 * order when there is one. Adds carry the phone-made entryId, and a deleted entry stays deleted on the
 * server, so a replay changes nothing. `onAnswer` hears the server's answer for each sent write: the
 * entry as stored, or null when it is gone (deleted, or an add replayed after its deletion).
 */
export function useJournalWrites(userId: string, onAnswer: (answer: { entryId: string; entry: TJournalEntryView | null; added: boolean }) => void) {
  const outbox = useOutbox(userId);
  const { unqueued, queueLocal } = useLocalWrites<JournalWrite>(outbox, isJournalWrite);

  useEffect(
    () =>
      outbox.subscribe(({ write, result }) => {
        if (!isJournalWrite(write.path)) return;
        const entryId = (write.input as { entryId: string }).entryId;
        if (write.path === "mind.journalDelete") return onAnswer({ entryId, entry: null, added: false });
        const entry = result as TJournalEntryView;
        // An add replayed after the entry was deleted answers with no text: it stays gone.
        onAnswer({ entryId, entry: entry.text === "" ? null : entry, added: write.path === "mind.journalAdd" });
      }),
    [outbox, onAnswer],
  );

  /** Journal writes not on the server yet, oldest first (rejected ones are shown by the sync line). */
  const pending = useMemo(
    () => [...outbox.pending.filter((write) => isJournalWrite(write.path)).map((write) => write as unknown as JournalWrite), ...unqueued],
    [outbox.pending, unqueued],
  );

  const queue = useCallback(
    (write: NewJournalWrite) =>
      queueLocal(`${write.path}:${write.input.entryId}`, (key) => ({ ...write, key, createdAt: Date.now() }) as JournalWrite, [`journal:${write.input.entryId}`]),
    [queueLocal],
  );

  return { outbox, pending, queue };
}
