"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { LocalWorkout, QueuedWrite, WritePath } from "@/lib/offline/local-db";
import { drainOutbox, enqueue, queuedWrites, type NewWrite, type SentWrite } from "@/lib/offline/outbox";
import type { AppRouter } from "@/server/api/root";

// Queued writes go one request each (no batching): each one's success is confirmed before the next.
const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc", transformer: superjson })] });

type Mutate = (input: unknown) => Promise<unknown>;
async function send(path: WritePath, input: unknown): Promise<unknown> {
  const [router, procedure] = path.split(".") as [string, string];
  const target = (client as unknown as Record<string, Record<string, { mutate: Mutate }>>)[router][procedure];
  return target.mutate(input);
}

export type OutboxState = {
  pending: QueuedWrite[];
  rejected: QueuedWrite[];
  online: boolean;
  syncing: boolean;
};

const RETRY_MS = 10_000;

/**
 * Keeps the outbox flowing: sends on every new write, when the browser says it is back online, and
 * every few seconds while anything waits. One per screen, shared by everything on it.
 */
export function useOutbox(userId: string) {
  const [state, setState] = useState<OutboxState>({ pending: [], rejected: [], online: true, syncing: false });
  const listeners = useRef(new Set<(sent: SentWrite) => void>());
  /** Hears about every confirmed write (and the server's answer); returns the unsubscribe. */
  const subscribe = useCallback((listener: (sent: SentWrite) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const refresh = useCallback(async () => {
    const writes = await queuedWrites(userId);
    setState((current) => ({
      ...current,
      pending: writes.filter((write) => write.status === "pending"),
      rejected: writes.filter((write) => write.status === "rejected"),
    }));
    return writes;
  }, [userId]);

  const sync = useCallback(async () => {
    setState((current) => ({ ...current, syncing: true }));
    try {
      // Writes queued while a drain ran are picked up by the next pass.
      for (let pass = 0; pass < 5; pass += 1) {
        const outcome = await drainOutbox(userId, send);
        for (const sent of outcome.sent) for (const listener of listeners.current) listener(sent);
        const left = (await refresh()).filter((write) => write.status === "pending");
        setState((current) => ({ ...current, online: outcome.stoppedBy !== "offline" }));
        if (outcome.stoppedBy !== "done" || left.length === 0) break;
      }
    } finally {
      setState((current) => ({ ...current, syncing: false }));
    }
  }, [refresh, userId]);

  const queue = useCallback(
    async (write: Omit<NewWrite, "userId">, snapshot?: LocalWorkout) => {
      await enqueue({ ...write, userId }, snapshot);
      await refresh();
      void sync();
    },
    [refresh, sync, userId],
  );

  useEffect(() => {
    void refresh().then(() => sync());
    const wake = () => void sync();
    window.addEventListener("online", wake);
    const offline = () => setState((current) => ({ ...current, online: false }));
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", wake);
      window.removeEventListener("offline", offline);
    };
  }, [refresh, sync]);

  useEffect(() => {
    if (state.pending.length === 0) return;
    const timer = window.setInterval(() => void sync(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [state.pending.length, sync]);

  return useMemo(() => ({ ...state, queue, sync, refresh, subscribe }), [state, queue, sync, refresh, subscribe]);
}

export type Outbox = ReturnType<typeof useOutbox>;
