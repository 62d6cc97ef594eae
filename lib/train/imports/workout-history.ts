/**
 * The normalized shape every workout-history importer (Strong, Hevy) produces. The importer that writes
 * these into the database only ever sees this shape, so a new source app needs a parser, nothing more.
 */
import type { SetType } from "@/lib/train/vocabulary";

export type HistorySource = "strong" | "hevy";

export type ImportedSet = {
  exerciseName: string;
  /** 1-based position of the set within its exercise in this workout, in file order (source numbering varies). */
  order: number;
  type: SetType;
  weightKg: number | null;
  reps: number | null;
  distanceM: number | null;
  durationSec: number | null;
  rpe: number | null;
  notes: string;
};

export type ImportedWorkout = {
  /** Same file → same key, so re-importing a file can skip workouts it already has. See workoutSourceKey. */
  sourceKey: string;
  name: string;
  /** "YYYY-MM-DDTHH:mm:ss", the wall-clock time the app showed; neither export records a time zone. */
  startedAtLocal: string;
  durationMinutes: number | null;
  notes: string;
  /** In order of first appearance in the workout; sets keep file order. */
  exercises: { name: string; notes: string; sets: ImportedSet[] }[];
};

export type ImportRowError = {
  /**
   * 1-based number of the data record, header excluded: the first record under the header is row 1. A record
   * whose quoted field spans several lines still counts once, and blank lines are not counted. Row 0 means the
   * problem is with the whole file (empty, or not this app's export).
   */
  row: number;
  message: string;
};

export type ParsedHistory = {
  source: HistorySource;
  workouts: ImportedWorkout[];
  /** Rows that were skipped, with why; every other row was imported. */
  errors: ImportRowError[];
  /** Data records read from the file (blank lines excluded), whether they imported or not. */
  rowCount: number;
};

/**
 * Neither app exports a workout id, so a workout is identified by its source, start time and name: stable
 * across re-exports of the same history, and distinct for two workouts started at the same minute under
 * different names.
 */
export function workoutSourceKey(source: HistorySource, startedAtLocal: string, name: string): string {
  return `${source}:${startedAtLocal}:${name}`;
}
