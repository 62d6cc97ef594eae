"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { WritePath } from "@/lib/offline/local-db";
import type { Outbox } from "./use-outbox";

let counter = 0;

/** Sends what another tab, or the service worker (a notification's action), queued when the app comes back into view. */
export function useSyncWhenVisible(sync: () => Promise<void>) {
  useEffect(() => {
    const wake = () => {
      if (document.visibilityState === "visible") void sync();
    };
    document.addEventListener("visibilitychange", wake);
    return () => document.removeEventListener("visibilitychange", wake);
  }, [sync]);
}

/**
 * Writes shown before IndexedDB has confirmed them, so quick taps build on each other: queued through
 * the outbox, kept here until the outbox lists them (its copy then counts) or the server answers, and
 * dropped if this phone could not store them. Also syncs when the app comes back into view. `isMine` picks this screen's writes out of the outbox's answers.
 */
export function useLocalWrites<W extends { key: string; path: WritePath }>(outbox: Outbox, isMine: (path: string) => boolean) {
  const [local, setLocal] = useState<W[]>([]);

  useEffect(
    () =>
      outbox.subscribe(({ write }) => {
        if (isMine(write.path)) setLocal((current) => current.filter((candidate) => candidate.key !== write.key));
      }),
    [outbox, isMine],
  );

  useSyncWhenVisible(outbox.sync);

  const queuedKeys = useMemo(() => new Set([...outbox.pending, ...outbox.rejected].map((write) => write.key)), [outbox.pending, outbox.rejected]);
  useEffect(() => setLocal((current) => (current.some((write) => queuedKeys.has(write.key)) ? current.filter((write) => !queuedKeys.has(write.key)) : current)), [queuedKeys]);
  /** Local writes the outbox does not list yet. */
  const unqueued = useMemo(() => local.filter((write) => !queuedKeys.has(write.key)), [local, queuedKeys]);

  /** Shows the write at once and queues it; `make` receives the write's idempotency key. Answers whether this phone stored it. */
  const queueLocal = useCallback(
    (keyPrefix: string, make: (key: string) => W & { input: unknown }, subjectIds: string[]) => {
      counter += 1;
      const key = `${keyPrefix}:${Date.now()}${counter}`;
      const write = make(key);
      setLocal((current) => [...current, write]);
      return outbox.queue({ key, path: write.path, input: write.input, sessionId: "", subjectIds }).then((stored) => {
        // This phone could not keep it (storage full): show what is really saved; the sync line says why.
        if (!stored) setLocal((current) => current.filter((candidate) => candidate.key !== key));
        return stored;
      });
    },
    [outbox],
  );

  return { local, unqueued, queueLocal };
}
