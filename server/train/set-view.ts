import "server-only";
import type { TWorkoutSet } from "@/lib/schemas/workout";
import type { StoredSet } from "./performance-history";

export function toSetView(set: StoredSet): TWorkoutSet {
  return {
    id: set._id,
    entryId: set.entryId,
    exerciseId: set.exerciseId,
    order: set.order,
    type: set.type,
    weightKg: set.weightKg ?? null,
    reps: set.reps ?? null,
    rpe: set.rpe ?? null,
    durationSec: set.durationSec ?? null,
    distanceM: set.distanceM ?? null,
    notes: set.notes ?? "",
    completedAt: set.completedAt,
    e1rmKg: set.e1rmKg ?? null,
    records: set.records ?? [],
  };
}
