/**
 * Groups flat set rows (one CSV row = one set) into workouts → exercises → sets, keeping file order:
 * workouts and exercises in order of first appearance, sets as they come.
 */
import type { CsvTable } from "./csv-table";
import { RowProblem } from "./csv-cells";
import {
  workoutSourceKey,
  type HistorySource,
  type ImportedSet,
  type ImportedWorkout,
  type ImportRowError,
  type ParsedHistory,
} from "./workout-history";

type ImportedExercise = ImportedWorkout["exercises"][number];

/** What one row says about its workout; the first row of a workout decides name, start and duration. */
export type WorkoutHead = { name: string; startedAtLocal: string; durationMinutes: number | null; notes: string };
export type SetRow = Omit<ImportedSet, "order" | "exerciseName">;

export class WorkoutHistoryBuilder {
  private readonly workouts = new Map<string, { workout: ImportedWorkout; exercises: Map<string, ImportedExercise> }>();

  constructor(private readonly source: HistorySource) {}

  add(head: WorkoutHead, exercise: { name: string; notes: string }, set: SetRow): void {
    const key = workoutSourceKey(this.source, head.startedAtLocal, head.name);
    let entry = this.workouts.get(key);
    if (!entry) {
      entry = { workout: { sourceKey: key, ...head, exercises: [] }, exercises: new Map() };
      this.workouts.set(key, entry);
    }
    // Notes are repeated on every row by some exports and only on the first by others: keep the first we see.
    if (!entry.workout.notes && head.notes) entry.workout.notes = head.notes;

    let group = entry.exercises.get(exercise.name);
    if (!group) {
      group = { name: exercise.name, notes: exercise.notes, sets: [] };
      entry.exercises.set(exercise.name, group);
      entry.workout.exercises.push(group);
    }
    if (!group.notes && exercise.notes) group.notes = exercise.notes;
    group.sets.push({ exerciseName: exercise.name, order: group.sets.length + 1, ...set });
  }

  build(): ImportedWorkout[] {
    return [...this.workouts.values()].map((entry) => entry.workout);
  }
}

/** Runs readRow over every well-formed record; a RowProblem skips that row and is reported with its number. */
export function buildHistory(
  source: HistorySource,
  table: CsvTable,
  readRow: (fields: CsvTable["records"][number]["fields"], builder: WorkoutHistoryBuilder) => void,
): ParsedHistory {
  const builder = new WorkoutHistoryBuilder(source);
  const errors: ImportRowError[] = [...table.errors];
  for (const record of table.records) {
    try {
      readRow(record.fields, builder);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      errors.push({ row: record.row, message: error.message });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { source, workouts: builder.build(), errors, rowCount: table.rowCount };
}

/** Nothing imported because of the file as a whole (blank, or another app's export). */
export function fileProblem(source: HistorySource, message: string, rowCount = 0): ParsedHistory {
  return { source, workouts: [], errors: [{ row: 0, message }], rowCount };
}

/** Columns a format cannot do without; names are lower-case as CsvTable stores them. */
export function missingColumns(table: CsvTable, required: readonly string[]): string[] {
  return required.filter((column) => !table.columns.has(column));
}
