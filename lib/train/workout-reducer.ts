import type { TWorkoutEntry, TWorkoutSession, TWorkoutSet } from "@/lib/schemas/workout";
import { estimateOneRepMax } from "@/lib/train/one-rep-max";

/**
 * What the logger does to its local copy of a workout, as a pure reducer: the same change is queued
 * for the server, so the phone and the server end up with the same workout.
 */
export type SetValues = Pick<TWorkoutSet, "type" | "weightKg" | "reps" | "rpe" | "durationSec" | "distanceM" | "notes">;

export type WorkoutAction =
  | { kind: "logSet"; set: TWorkoutSet }
  | { kind: "updateSet"; setId: string; values: Partial<SetValues> }
  | { kind: "deleteSet"; setId: string }
  | { kind: "reorderSets"; entryId: string; setIds: string[] }
  | { kind: "addEntry"; entry: TWorkoutEntry }
  | { kind: "removeEntry"; entryId: string }
  | { kind: "reorderEntries"; entryIds: string[] }
  | { kind: "updateEntry"; entryId: string; notes?: string; restSeconds?: number }
  | { kind: "updateDetails"; name?: string; notes?: string }
  | { kind: "finish"; finishedAt: Date; sessionRpe: number | null; durationMinutes: number | null; notes?: string }
  | { kind: "records"; setId: string; records: string[] };

const e1rmOf = (values: Pick<SetValues, "weightKg" | "reps" | "rpe">) =>
  values.weightKg && values.reps ? (estimateOneRepMax({ weightKg: values.weightKg, reps: values.reps, rpe: values.rpe })?.value ?? null) : null;

function mapSets(workout: TWorkoutSession, change: (set: TWorkoutSet) => TWorkoutSet | null): TWorkoutSession {
  return {
    ...workout,
    entries: workout.entries.map((entry) => ({
      ...entry,
      sets: entry.sets.map(change).filter((set): set is TWorkoutSet => set !== null),
    })),
  };
}

export function workoutReducer(workout: TWorkoutSession, action: WorkoutAction): TWorkoutSession {
  switch (action.kind) {
    case "logSet":
      return {
        ...workout,
        entries: workout.entries.map((entry) =>
          entry.id === action.set.entryId && !entry.sets.some((set) => set.id === action.set.id) ? { ...entry, sets: [...entry.sets, action.set] } : entry,
        ),
      };
    case "updateSet":
      return mapSets(workout, (set) => {
        if (set.id !== action.setId) return set;
        const next = { ...set, ...action.values };
        return { ...next, e1rmKg: e1rmOf(next) };
      });
    case "deleteSet":
      return mapSets(workout, (set) => (set.id === action.setId ? null : set));
    case "reorderSets":
      return {
        ...workout,
        entries: workout.entries.map((entry) =>
          entry.id === action.entryId
            ? { ...entry, sets: action.setIds.map((id, order) => ({ ...entry.sets.find((set) => set.id === id)!, order })).filter((set) => set.id) }
            : entry,
        ),
      };
    case "addEntry":
      return workout.entries.some((entry) => entry.id === action.entry.id) ? workout : { ...workout, entries: [...workout.entries, action.entry] };
    case "removeEntry":
      return { ...workout, entries: workout.entries.filter((entry) => entry.id !== action.entryId) };
    case "reorderEntries":
      return {
        ...workout,
        entries: action.entryIds
          .map((id, order) => {
            const entry = workout.entries.find((candidate) => candidate.id === id);
            return entry ? { ...entry, order } : null;
          })
          .filter((entry): entry is TWorkoutEntry => entry !== null),
      };
    case "updateEntry":
      return {
        ...workout,
        entries: workout.entries.map((entry) =>
          entry.id === action.entryId ? { ...entry, notes: action.notes ?? entry.notes, restSeconds: action.restSeconds ?? entry.restSeconds } : entry,
        ),
      };
    case "updateDetails":
      return { ...workout, name: action.name ?? workout.name, notes: action.notes ?? workout.notes };
    case "finish": {
      const minutes = action.durationMinutes ?? Math.max(1, Math.round((action.finishedAt.getTime() - workout.startedAt.getTime()) / 60_000));
      return {
        ...workout,
        status: "finished",
        finishedAt: workout.finishedAt ?? action.finishedAt,
        sessionRpe: action.sessionRpe,
        durationMinutes: minutes,
        sessionLoad: action.sessionRpe ? Math.round(action.sessionRpe * minutes) : null,
        notes: action.notes ?? workout.notes,
      };
    }
    case "records":
      return mapSets(workout, (set) => (set.id === action.setId ? { ...set, records: action.records } : set));
  }
}

/** What to pre-fill for the next set of an entry: the target, else last time's same set, else the last set logged now. */
export function nextSetDefaults(entry: TWorkoutEntry): Pick<SetValues, "type" | "weightKg" | "reps" | "durationSec" | "distanceM"> {
  const index = entry.sets.length;
  const target = entry.prescription?.sets[index];
  const previous = entry.previous?.sets[index];
  const last = entry.sets[entry.sets.length - 1];
  return {
    type: target?.type ?? previous?.type ?? (last?.type === "warmup" ? "working" : (last?.type ?? "working")),
    weightKg: target?.weightKg ?? last?.weightKg ?? previous?.weightKg ?? null,
    reps: target?.reps.min ?? last?.reps ?? previous?.reps ?? null,
    durationSec: last?.durationSec ?? previous?.durationSec ?? null,
    distanceM: last?.distanceM ?? previous?.distanceM ?? null,
  };
}
