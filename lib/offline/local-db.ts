import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { TTodayPlan, TWorkoutSession } from "@/lib/schemas/workout";

/**
 * The phone's own copy of what the member is doing, in IndexedDB: browser only. Writes wait in the
 * outbox until the server has them; workouts hold the logger's state so a reload, a lock screen or a
 * dead connection loses nothing.
 */
export type QueuedWrite = {
  seq?: number;
  /** Idempotency key: the client-made id of what the write creates or changes (set, session …). */
  key: string;
  userId: string;
  path: WritePath;
  input: unknown;
  sessionId: string;
  /** Ids this write is about (set id, entry id), so the UI can mark them pending. */
  subjectIds: string[];
  createdAt: number;
  attempts: number;
  status: "pending" | "rejected";
  error?: string;
};

export const writePaths = [
  "workouts.start",
  "workouts.addExercise",
  "workouts.updateEntry",
  "workouts.removeEntry",
  "workouts.reorderEntries",
  "workouts.logSet",
  "workouts.updateSet",
  "workouts.deleteSet",
  "workouts.reorderSets",
  "workouts.updateDetails",
  "workouts.finish",
  "workouts.delete",
  // Habit check-ins from the app and from a notification's "Done" action (the service worker writes
  // the same record): each is an idempotent per-day upsert or delete on the server.
  "habits.checkIn",
  "habits.skip",
  "habits.undo",
  // The food diary and weigh-ins: every add carries its phone-made id, removals are tombstoned, so a
  // replay changes nothing (server/nutrition/diary-service.ts).
  "diary.logFood",
  "diary.quickAdd",
  "diary.updateEntry",
  "diary.removeEntry",
  "diary.copyMeal",
  "diary.addWater",
  "diary.removeWater",
  "bodyWeight.log",
  // Mind: the day's check-in is an upsert of that day; journal entries carry their phone-made id and a
  // removed one stays removed, so a replay changes nothing (server/mind/*).
  "mind.saveCheckIn",
  "mind.journalAdd",
  "mind.journalUpdate",
  "mind.journalDelete",
  // Body measurements on /progress: saving replaces that member-day, deleting a day with none deletes
  // nothing (deleted: false), so a replay changes nothing (server/body/body-service.ts).
  "body.saveMeasurements",
  "body.deleteMeasurements",
  // A notification's "Snooze 1 h" (service worker only), replayed by the app if the worker could not send it.
  "push.snooze",
] as const;
export type WritePath = (typeof writePaths)[number];

export type LocalWorkout = TWorkoutSession & { userId: string; savedAt: number };

interface CoachDb extends DBSchema {
  outbox: { key: number; value: QueuedWrite; indexes: { byUser: string } };
  workouts: { key: string; value: LocalWorkout; indexes: { byUser: string } };
  plans: { key: string; value: TTodayPlan & { userId: string } };
}

let database: Promise<IDBPDatabase<CoachDb>> | null = null;

export function localDb(): Promise<IDBPDatabase<CoachDb>> {
  database ??= openDB<CoachDb>("character-coach", 1, {
    // Another tab still has an old version open: let this one through once it closes.
    blocked() {
      database = null;
    },
    upgrade(db) {
      const outbox = db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
      outbox.createIndex("byUser", "userId");
      const workouts = db.createObjectStore("workouts", { keyPath: "id" });
      workouts.createIndex("byUser", "userId");
      db.createObjectStore("plans", { keyPath: "userId" });
    },
  }).catch((error: unknown) => {
    // A failed open (storage disabled, private mode) is retried next time rather than cached.
    database = null;
    throw error;
  });
  return database;
}

export async function saveLocalWorkout(workout: LocalWorkout): Promise<void> {
  await (await localDb()).put("workouts", { ...workout, savedAt: Date.now() });
}

export async function localActiveWorkout(userId: string): Promise<LocalWorkout | null> {
  const all = await (await localDb()).getAllFromIndex("workouts", "byUser", userId);
  return all.filter((workout) => workout.status === "active").sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0] ?? null;
}

export async function savePlan(userId: string, plan: TTodayPlan): Promise<void> {
  await (await localDb()).put("plans", { ...plan, userId });
}

export async function loadPlan(userId: string): Promise<TTodayPlan | null> {
  return (await (await localDb()).get("plans", userId)) ?? null;
}

/** Writes on this device that have not reached the server, for any account. */
export async function countQueuedWrites(): Promise<number> {
  if (typeof indexedDB === "undefined") return 0;
  return (await localDb()).count("outbox");
}

/**
 * Signing out deletes this device's copies of training data and cached pages: a shared phone must not
 * show the last member's training. The outbox is kept (each write names its account) so nothing
 * entered offline is lost.
 */
export async function clearDeviceCopies(): Promise<void> {
  if (typeof indexedDB !== "undefined") {
    const db = await localDb();
    await Promise.all([db.clear("workouts"), db.clear("plans")]);
  }
  if (typeof caches !== "undefined") await Promise.all(["member-pages", "train-pages"].map((name) => caches.delete(name))); // train-pages: before issue 4
}
