/**
 * Requests and results of the workout-history import (Strong / Hevy CSV). The browser parses the file
 * (lib/train/imports) and sends the normalized workouts in batches; the server trusts none of it, so every
 * field of an ImportedWorkout is checked here with bounds a real logbook stays inside.
 */
import { z } from "zod";
import { ZExerciseId } from "@/lib/schemas/program";
import { workoutSourceKey, type ImportedSet, type ImportedWorkout, type ParsedHistory } from "@/lib/train/imports/workout-history";
import { equipmentKinds, measurementTypes, setTypes } from "@/lib/train/vocabulary";

/** Workouts per request: small enough that one batch is a short request and a clear progress step. */
export const IMPORT_BATCH_SIZE = 25;
export const MAX_MATCH_NAMES = 500;

export const importLimits = {
  exerciseName: 120,
  workoutName: 200,
  notes: 2000,
  exercisesPerWorkout: 60,
  setsPerExercise: 100,
  durationMinutes: 24 * 60,
  weightKg: 1000,
  reps: 1000,
  durationSec: 86_400,
  distanceM: 1_000_000,
} as const;

const ZExerciseName = z.string().trim().min(1, "Exercise name is missing").max(importLimits.exerciseName, "Exercise name is too long");
const ZImportNotes = z.string().max(importLimits.notes, `Keep notes under ${importLimits.notes} characters`);

/** "YYYY-MM-DDTHH:mm:ss" that names a real calendar day and time (the parsers' local reading). */
const ZLocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, "Use a local date-time like 2024-03-05T18:00:00")
  .refine((text) => {
    const [date, time] = text.split("T");
    const [year, month, day] = date.split("-").map(Number);
    const [hour, minute, second] = time.split(":").map(Number);
    const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return (
      year >= 1900 &&
      year <= 2999 &&
      asUtc.getUTCMonth() === month - 1 &&
      asUtc.getUTCDate() === day &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59
    );
  }, "Not a real date and time");

export const ZImportedSet = z.object({
  exerciseName: ZExerciseName,
  order: z.int().min(1).max(importLimits.setsPerExercise),
  type: z.enum(setTypes),
  weightKg: z.number().min(0, "Weight cannot be negative").max(importLimits.weightKg, "Check the weight").nullable(),
  reps: z.int("Reps are whole numbers").min(0).max(importLimits.reps, "Check the reps").nullable(),
  distanceM: z.number().min(0).max(importLimits.distanceM, "Check the distance").nullable(),
  // Stored in whole seconds, like sets logged in the app.
  durationSec: z
    .number()
    .min(0)
    .max(importLimits.durationSec, "Check the time")
    .nullable()
    .transform((seconds) => (seconds === null ? null : Math.round(seconds))),
  rpe: z.number().min(1, "RPE runs from 1 to 10").max(10, "RPE runs from 1 to 10").nullable(),
  notes: ZImportNotes,
}) satisfies z.ZodType<ImportedSet>;

export const ZImportedExercise = z.object({
  name: ZExerciseName,
  notes: ZImportNotes,
  sets: z.array(ZImportedSet).min(1).max(importLimits.setsPerExercise, `At most ${importLimits.setsPerExercise} sets per exercise`),
});

export const ZImportedWorkout = z.object({
  sourceKey: z.string().min(1).max(400),
  name: z.string().max(importLimits.workoutName, "Workout name is too long"),
  startedAtLocal: ZLocalDateTime,
  durationMinutes: z.int().min(0).max(importLimits.durationMinutes, "Check the duration").nullable(),
  notes: ZImportNotes,
  exercises: z.array(ZImportedExercise).min(1).max(importLimits.exercisesPerWorkout, `At most ${importLimits.exercisesPerWorkout} exercises per workout`),
}) satisfies z.ZodType<ImportedWorkout>;

export const ZHistorySource = z.enum(["strong", "hevy"]);

export const ZMatchExercisesRequestSchema = z.object({
  names: z.array(ZExerciseName).min(1, "Send at least one name").max(MAX_MATCH_NAMES, `At most ${MAX_MATCH_NAMES} names at a time`),
});

export const ZMatchedExerciseSchema = z.object({
  id: z.string(),
  name: z.string(),
  equipment: z.enum(equipmentKinds),
  measurement: z.enum(measurementTypes),
  confidence: z.enum(["exact", "alias", "fuzzy"]),
});
export const ZMatchExercisesResultSchema = z.array(z.object({ name: z.string(), match: ZMatchedExerciseSchema.nullable() }));
export type TMatchExercisesResult = z.infer<typeof ZMatchExercisesResultSchema>;

export const ZImportWorkoutsRequestSchema = z
  .object({
    source: ZHistorySource,
    workouts: z.array(ZImportedWorkout).min(1, "Send at least one workout").max(IMPORT_BATCH_SIZE, `At most ${IMPORT_BATCH_SIZE} workouts per request`),
    /** Imported exercise name → the library exercise its sets go to, or null to leave them out. */
    mapping: z
      .record(ZExerciseName, ZExerciseId.nullable())
      .refine((mapping) => Object.keys(mapping).length <= IMPORT_BATCH_SIZE * importLimits.exercisesPerWorkout, "Too many exercise names in one request"),
  })
  .superRefine((request, context) => {
    const keys = new Set<string>();
    request.workouts.forEach((workout, index) => {
      // The key is what makes a re-import find the workout again; it must be the one the parser makes.
      if (workout.sourceKey !== workoutSourceKey(request.source, workout.startedAtLocal, workout.name)) {
        context.addIssue({ code: "custom", path: ["workouts", index, "sourceKey"], message: "The workout key does not match its source, start and name" });
      }
      if (keys.has(workout.sourceKey)) {
        context.addIssue({ code: "custom", path: ["workouts", index, "sourceKey"], message: "The same workout is in the batch twice" });
      }
      keys.add(workout.sourceKey);
      workout.exercises.forEach((exercise, exerciseIndex) => {
        if (!Object.hasOwn(request.mapping, exercise.name)) {
          context.addIssue({ code: "custom", path: ["workouts", index, "exercises", exerciseIndex, "name"], message: `Choose an exercise for “${exercise.name}” or skip it` });
        }
        // A set's position names its stored id, so two sets may not claim the same one.
        if (new Set(exercise.sets.map((set) => set.order)).size !== exercise.sets.length) {
          context.addIssue({ code: "custom", path: ["workouts", index, "exercises", exerciseIndex, "sets"], message: "Two sets have the same position" });
        }
      });
    });
  });

export const ZImportWorkoutsResultSchema = z.object({
  /** Workouts stored by this request. */
  imported: z.int(),
  /** Workouts that were already there from an earlier import (left as they are). */
  alreadyImported: z.int(),
  /** Workouts with nothing to store (every exercise skipped); a later import with a mapping can add them. */
  emptyWorkouts: z.int(),
  /** Sets stored by this request. */
  sets: z.int(),
  /** Sets not stored: their exercise was skipped, or they carry nothing their exercise records. */
  skippedSets: z.int(),
  skipped: z.object({ skippedExercise: z.int(), nothingRecorded: z.int() }),
});
export type TImportWorkoutsResult = z.infer<typeof ZImportWorkoutsResultSchema>;

/** A set (or a whole workout) the browser held back because the server would refuse it. */
export type HeldBackProblem = { where: string; message: string };

/**
 * What the browser sends, made from a parsed file: values the server schema would refuse either get
 * their meaningless part dropped (an RPE below 1, an impossible duration, an over-long note) or, when the
 * set itself is off (1,200 kg), the set is held back and reported, so one odd row never fails a batch.
 */
export function prepareForUpload(history: ParsedHistory): { workouts: ImportedWorkout[]; problems: HeldBackProblem[] } {
  const problems: HeldBackProblem[] = [];
  const workouts: ImportedWorkout[] = [];
  for (const workout of history.workouts) {
    const label = `${workout.name || "Workout"} (${workout.startedAtLocal.replace("T", " ")})`;
    const exercises: ImportedWorkout["exercises"] = [];
    for (const exercise of workout.exercises) {
      const sets: ImportedSet[] = [];
      for (const set of exercise.sets.slice(0, importLimits.setsPerExercise)) {
        const cleaned: ImportedSet = {
          ...set,
          rpe: set.rpe !== null && set.rpe >= 1 && set.rpe <= 10 ? set.rpe : null,
          notes: set.notes.slice(0, importLimits.notes),
        };
        const checked = ZImportedSet.safeParse(cleaned);
        if (checked.success) sets.push(cleaned);
        else problems.push({ where: `${label}: ${exercise.name}, set ${set.order}`, message: checked.error.issues[0].message });
      }
      if (exercise.sets.length > importLimits.setsPerExercise) {
        problems.push({ where: `${label}: ${exercise.name}`, message: `Only the first ${importLimits.setsPerExercise} sets are imported` });
      }
      if (sets.length > 0) exercises.push({ name: exercise.name, notes: exercise.notes.slice(0, importLimits.notes), sets });
    }
    const candidate: ImportedWorkout = {
      ...workout,
      durationMinutes:
        workout.durationMinutes !== null && workout.durationMinutes >= 0 && workout.durationMinutes <= importLimits.durationMinutes ? workout.durationMinutes : null,
      notes: workout.notes.slice(0, importLimits.notes),
      exercises: exercises.slice(0, importLimits.exercisesPerWorkout),
    };
    if (exercises.length === 0) continue;
    if (exercises.length > importLimits.exercisesPerWorkout) {
      problems.push({ where: label, message: `Only the first ${importLimits.exercisesPerWorkout} exercises are imported` });
    }
    const checked = ZImportedWorkout.safeParse(candidate);
    if (checked.success) workouts.push(candidate);
    else problems.push({ where: label, message: checked.error.issues[0].message });
  }
  return { workouts, problems };
}
