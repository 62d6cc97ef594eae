import "server-only";
import { Types } from "mongoose";
import type { LoggedSet, PastSession } from "@/lib/train/progression";
import { WorkoutSetModel, type WorkoutSetDoc } from "./workout-set-model";

export type StoredSet = WorkoutSetDoc & { _id: string; createdAt: Date; slotId?: string | null };

/** A member's recent sets of one exercise, newest first: one range read on user_exercise_time. */
export async function recentSetsOf(memberId: string, exerciseId: string, limit = 300): Promise<StoredSet[]> {
  return (await WorkoutSetModel.find({ userId: new Types.ObjectId(memberId), exerciseId }).sort({ completedAt: -1 }).limit(limit).lean()) as StoredSet[];
}

/** Groups newest-first sets into sessions (newest first), sets in logged order within each. */
export function groupBySession(sets: readonly StoredSet[]): { sessionId: string; dayKey: string; sets: StoredSet[] }[] {
  const sessions = new Map<string, { sessionId: string; dayKey: string; sets: StoredSet[] }>();
  for (const set of sets) {
    const session = sessions.get(set.sessionId) ?? { sessionId: set.sessionId, dayKey: set.dayKey, sets: [] };
    session.sets.push(set);
    sessions.set(set.sessionId, session);
  }
  for (const session of sessions.values()) session.sets.sort((a, b) => a.order - b.order || a.completedAt.getTime() - b.completedAt.getTime());
  return [...sessions.values()];
}

export const toLoggedSet = (set: StoredSet): LoggedSet => ({ type: set.type, weightKg: set.weightKg ?? null, reps: set.reps ?? null, rpe: set.rpe ?? null });

/**
 * The history a progression rule reads: earlier sessions of this program slot when the member has
 * any (a heavy and a light day of one lift progress separately), else of the exercise anywhere.
 */
export function pastSessionsFor(sets: readonly StoredSet[], slotId: string | null, excludeSessionId?: string): PastSession[] {
  const sessions = groupBySession(sets).filter((session) => session.sessionId !== excludeSessionId);
  const ofSlot = slotId ? sessions.filter((session) => session.sets.some((set) => set.slotId === slotId)) : [];
  return (ofSlot.length > 0 ? ofSlot : sessions).map((session) => ({ sets: session.sets.map(toLoggedSet) }));
}

/** The best e1RM in the last 90 days of `sets` (recent strength, not an all-time peak), or null. */
export function recentOneRepMax(sets: readonly StoredSet[], now = new Date()): number | null {
  const since = now.getTime() - 90 * 86_400_000;
  const values = sets.filter((set) => set.completedAt.getTime() >= since && set.e1rmKg).map((set) => set.e1rmKg as number);
  return values.length > 0 ? Math.max(...values) : null;
}
