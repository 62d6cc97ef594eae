"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { LocalWorkout, QueuedWrite, WritePath } from "@/lib/offline/local-db";
import { discardWrite, drainOutbox, enqueue, queuedWrites, retryWrite, type NewWrite, type SentWrite } from "@/lib/offline/outbox";
import { EXPECTED_USER_HEADER } from "@/lib/offline/expected-user";
import type { AppRouter } from "@/server/api/root";

/** A request that has not answered in this long is treated as lost (gym wifi): the write stays queued. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The client queued writes go through: one request each (no batching, so each success is confirmed
 * before the next), a timeout, and the account the writes belong to in a header the server checks.
 */
function clientFor(userId: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "/api/trpc",
        transformer: superjson,
        headers: { [EXPECTED_USER_HEADER]: userId },
        fetch: (url, options) => fetch(url, { ...(options as RequestInit), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
      }),
    ],
  });
}

type Mutate = (input: unknown) => Promise<unknown>;
type Listener = (sent: SentWrite) => void;

/**
 * What every outbox of one member on this page shares: who hears about sent writes, and how to make
 * each re-read the queue. During a client-side navigation the old screen's outbox may still be the one
 * that sends a write queued on the new screen (the drain is one at a time, across screens and tabs),
 * so answers go to every listener on the page, not only the sender's own.
 */
const hubs = new Map<string, { listeners: Set<Listener>; refreshers: Set<() => Promise<unknown>> }>();
function hubOf(userId: string) {
  let hub = hubs.get(userId);
  if (!hub) {
    hub = { listeners: new Set(), refreshers: new Set() };
    hubs.set(userId, hub);
  }
  return hub;
}
function senderFor(userId: string) {
  const client = clientFor(userId);
  return (path: WritePath, input: unknown): Promise<unknown> => {
    const [router, procedure] = path.split(".") as [string, string];
    const target = (client as unknown as Record<string, Record<string, { mutate: Mutate }>>)[router][procedure];
    return target.mutate(input);
  };
}

export type OutboxState = {
  pending: QueuedWrite[];
  rejected: QueuedWrite[];
  online: boolean;
  /** The server said the session is gone (or is another account's): sign in again to send. */
  signedOut: boolean;
  syncing: boolean;
  /** IndexedDB refused a write (storage full or disabled): what the member must know. */
  storageError: string | null;
};

const RETRY_MS = 10_000;

/**
 * Keeps the outbox flowing: sends on every new write, when the browser says it is back online, and
 * every few seconds while anything waits. One per screen, shared by everything on it.
 */
export function useOutbox(userId: string) {
  const [state, setState] = useState<OutboxState>({ pending: [], rejected: [], online: true, signedOut: false, syncing: false, storageError: null });
  const send = useMemo(() => senderFor(userId), [userId]);
  /** Hears about every confirmed write (and the server's answer), whichever screen's outbox sent it; returns the unsubscribe. */
  const subscribe = useCallback(
    (listener: Listener) => {
      const hub = hubOf(userId);
      hub.listeners.add(listener);
      return () => {
        hub.listeners.delete(listener);
      };
    },
    [userId],
  );

  const refresh = useCallback(async () => {
    const writes = await queuedWrites(userId);
    setState((current) => ({
      ...current,
      pending: writes.filter((write) => write.status === "pending"),
      rejected: writes.filter((write) => write.status === "rejected"),
    }));
    return writes;
  }, [userId]);
  useEffect(() => {
    const { refreshers } = hubOf(userId);
    refreshers.add(refresh);
    return () => {
      refreshers.delete(refresh);
    };
  }, [refresh, userId]);

  const sync = useCallback(async () => {
    setState((current) => ({ ...current, syncing: true }));
    try {
      // Writes queued while a drain ran are picked up by the next pass.
      for (let pass = 0; pass < 5; pass += 1) {
        const outcome = await drainOutbox(userId, send);
        const hub = hubOf(userId);
        for (const sent of outcome.sent) for (const listener of [...hub.listeners]) listener(sent);
        // The other screens' outboxes list what is still queued again (this one reads it just below).
        if (outcome.sent.length > 0) for (const other of [...hub.refreshers]) if (other !== refresh) void other();
        const left = (await refresh()).filter((write) => write.status === "pending");
        setState((current) => ({ ...current, online: outcome.stoppedBy !== "offline", signedOut: outcome.stoppedBy === "signed_out" }));
        if (outcome.stoppedBy !== "done" || left.length === 0) break;
      }
    } finally {
      setState((current) => ({ ...current, syncing: false }));
    }
  }, [refresh, send, userId]);

  /** Queues a write (with the workout copy it produced); false when this phone could not store it. */
  const queue = useCallback(
    async (write: Omit<NewWrite, "userId">, snapshot?: LocalWorkout): Promise<boolean> => {
      try {
        await enqueue({ ...write, userId }, snapshot);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setState((current) => ({ ...current, storageError: `This phone could not save your last change (${reason}). Free some storage, or keep this screen open while online.` }));
        return false;
      }
      await refresh();
      void sync();
      return true;
    },
    [refresh, sync, userId],
  );

  const retry = useCallback(
    async (seq: number) => {
      await retryWrite(seq);
      await refresh();
      void sync();
    },
    [refresh, sync],
  );
  const discard = useCallback(
    async (seq: number) => {
      await discardWrite(seq);
      await refresh();
    },
    [refresh],
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

  return useMemo(() => ({ ...state, queue, sync, refresh, subscribe, retry, discard }), [state, queue, sync, refresh, subscribe, retry, discard]);
}

export type Outbox = ReturnType<typeof useOutbox>;
