import { TRPCClientError } from "@trpc/client";
import { localDb, type LocalWorkout, type QueuedWrite, type WritePath } from "./local-db";

/**
 * The write queue. Every change the logger makes goes here first and is sent in order; each write
 * carries the client-made id of what it creates, so the server stores it once however often it is
 * replayed. A write the server refuses (bad input) is kept and shown, never silently dropped.
 */
export type Sender = (path: WritePath, input: unknown) => Promise<unknown>;
export type SentWrite = { write: QueuedWrite; result: unknown };
export type DrainOutcome = { sent: SentWrite[]; rejected: QueuedWrite[]; stoppedBy: "done" | "offline" | "server_error" | "signed_out" };

export type NewWrite = Omit<QueuedWrite, "seq" | "attempts" | "status" | "createdAt">;

/**
 * Queues a write together with the workout it changed, in one IndexedDB transaction: the phone's copy
 * and the queue can never disagree, even if the page dies right after the tap.
 */
export async function enqueue(write: NewWrite, snapshot?: LocalWorkout): Promise<void> {
  const db = await localDb();
  const transaction = db.transaction(["outbox", "workouts"], "readwrite");
  await Promise.all([
    transaction.objectStore("outbox").add({ ...write, createdAt: Date.now(), attempts: 0, status: "pending" }),
    snapshot ? transaction.objectStore("workouts").put({ ...snapshot, savedAt: Date.now() }) : Promise.resolve(),
    transaction.done,
  ]);
}

export async function queuedWrites(userId: string): Promise<QueuedWrite[]> {
  const all = await (await localDb()).getAllFromIndex("outbox", "byUser", userId);
  return all.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

export async function discardWrite(seq: number): Promise<void> {
  await (await localDb()).delete("outbox", seq);
}

/** Puts a refused write back in the queue, in its old place, to be sent again. */
export async function retryWrite(seq: number): Promise<void> {
  const db = await localDb();
  const write = await db.get("outbox", seq);
  if (write) await db.put("outbox", { ...write, status: "pending", error: undefined });
}

const statusOf = (error: unknown) => (error instanceof TRPCClientError ? (error.data as { httpStatus?: number } | undefined)?.httpStatus : undefined);

/** A refusal is the server saying no to this write (4xx); it will not change by sending it again. */
function isRefusal(error: unknown): error is TRPCClientError<never> {
  const status = statusOf(error);
  return typeof status === "number" && status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429;
}

async function drainOnce(userId: string, send: Sender): Promise<DrainOutcome> {
  const db = await localDb();
  const outcome: DrainOutcome = { sent: [], rejected: [], stoppedBy: "done" };
  for (const write of await queuedWrites(userId)) {
    if (write.status === "rejected") continue;
    try {
      const result = await send(write.path, write.input);
      await db.delete("outbox", write.seq!);
      outcome.sent.push({ write, result });
    } catch (error) {
      if (isRefusal(error)) {
        const rejected: QueuedWrite = { ...write, attempts: write.attempts + 1, status: "rejected", error: error.message };
        await db.put("outbox", rejected);
        outcome.rejected.push(rejected);
        continue;
      }
      await db.put("outbox", { ...write, attempts: write.attempts + 1 });
      // Order matters (a set needs its workout): stop at the first write that could not go. No
      // session (or another account's) is not the write's fault: it waits for the member to sign in.
      const status = statusOf(error);
      outcome.stoppedBy = status === 401 ? "signed_out" : typeof status === "number" && status >= 500 ? "server_error" : "offline";
      break;
    }
  }
  return outcome;
}

let running: Promise<DrainOutcome> | null = null;

/**
 * Sends what is queued, one write at a time in order. One drain at a time per tab, and across tabs
 * through the Web Locks API where the browser has it, so two tabs never send the same write at once.
 */
export function drainOutbox(userId: string, send: Sender): Promise<DrainOutcome> {
  running ??= (async () => {
    try {
      if (typeof navigator !== "undefined" && navigator.locks) {
        return await navigator.locks.request(`coach-outbox-${userId}`, () => drainOnce(userId, send));
      }
      return await drainOnce(userId, send);
    } finally {
      running = null;
    }
  })();
  return running;
}
