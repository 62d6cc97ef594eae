import "server-only";
import { Types } from "mongoose";
import type { Muscle } from "@/lib/train/vocabulary";
import { recentSetsOf, type StoredSet } from "./performance-history";
import { toSetView } from "./set-view";
import { WorkoutSetModel } from "./workout-set-model";

/** A member's history for one exercise, newest first: a single range read on user_exercise_time. */
export async function exerciseHistory(memberId: string, exerciseId: string, limit: number) {
  return (await recentSetsOf(memberId, exerciseId, limit)).map((set) => ({ ...toSetView(set), dayKey: set.dayKey, sessionId: set.sessionId }));
}

export type MuscleVolume = { muscle: Muscle; sets: number; volumeKg: number };

/**
 * Weekly volume per muscle from one indexed read (user_week). Working sets count fully for their main
 * muscles and half for secondary ones, the usual convention for "hard sets per muscle"; warm-ups
 * do not count. Summed here rather than in the database: FerretDB's aggregation is limited.
 */
export async function weeklyVolume(memberId: string, weekKey: string): Promise<MuscleVolume[]> {
  const sets = (await WorkoutSetModel.find({ userId: new Types.ObjectId(memberId), weekKey })
    .select({ type: 1, volumeKg: 1, primaryMuscles: 1, secondaryMuscles: 1 })
    .lean()) as Pick<StoredSet, "type" | "volumeKg" | "primaryMuscles" | "secondaryMuscles">[];
  const totals = new Map<Muscle, MuscleVolume>();
  const add = (muscle: Muscle, share: number, volumeKg: number) => {
    const total = totals.get(muscle) ?? { muscle, sets: 0, volumeKg: 0 };
    total.sets += share;
    total.volumeKg = Math.round((total.volumeKg + volumeKg * share) * 100) / 100;
    totals.set(muscle, total);
  };
  for (const set of sets) {
    if (set.type === "warmup") continue;
    for (const muscle of set.primaryMuscles ?? []) add(muscle as Muscle, 1, set.volumeKg ?? 0);
    for (const muscle of set.secondaryMuscles ?? []) add(muscle as Muscle, 0.5, set.volumeKg ?? 0);
  }
  return [...totals.values()].sort((a, b) => b.sets - a.sets || b.volumeKg - a.volumeKg);
}
