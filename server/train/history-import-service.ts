import "server-only";
import { createHash } from "node:crypto";
import { Types } from "mongoose";
import type { z } from "zod";
import type { TExercise } from "@/lib/schemas/exercise";
import type { TImportWorkoutsResult, TMatchExercisesResult, ZImportWorkoutsRequestSchema } from "@/lib/schemas/history-import";
import { dayKeyOf, instantFromLocal, weekKeyOf } from "@/lib/dates/day-key";
import { entryIdFor } from "@/lib/train/entry-ids";
import { createExerciseMatcher, type ExerciseMatch, type MatchableExercise } from "@/lib/train/imports/match-exercise";
import type { ImportedSet, ImportedWorkout } from "@/lib/train/imports/workout-history";
import { estimateOneRepMax } from "@/lib/train/one-rep-max";
import type { Equipment, MeasurementType } from "@/lib/train/vocabulary";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { ExerciseModel } from "./exercise-model";
import { requireVisibleExercises, visibilityFilter } from "./exercise-service";
import { memberTrainingContext } from "./member-context";
import { rebuildRecordsForExercises } from "./set-service";
import { WorkoutSessionModel } from "./workout-session-model";
import { WorkoutSetModel } from "./workout-set-model";

type Actor = Pick<SessionUser, "id" | "role">;
type ImportRequest = z.output<typeof ZImportWorkoutsRequestSchema>;

type LibraryExercise = MatchableExercise & { measurement: MeasurementType; curated: boolean };

/**
 * Every exercise `user` can see, by the library search's rule (exercise-service): global ones, their own,
 * and those their trainers share with clients. Only suggestions come from here; the import itself checks
 * each chosen exercise with requireVisibleExercises.
 */
async function visibleLibrary(user: Pick<SessionUser, "id">): Promise<LibraryExercise[]> {
  const docs = await ExerciseModel.find(await visibilityFilter(user))
    .select({ name: 1, aliases: 1, equipment: 1, measurement: 1, source: 1 })
    .lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    name: doc.name,
    aliases: doc.aliases ?? [],
    equipment: doc.equipment as Equipment,
    measurement: doc.measurement as MeasurementType,
    // Our catalog (whose aliases carry the apps' own names) and the member's exercises, as opposed to bulk
    // imports such as free-exercise-db, whose many near-twins would otherwise make good names ambiguous.
    curated: doc.source !== "import",
  }));
}

const STRENGTH: Record<ExerciseMatch["confidence"], number> = { exact: 0, alias: 1, fuzzy: 2 };

/**
 * The best library exercise for each imported name: an exact or alias match anywhere wins over a fuzzy
 * one, and at equal confidence our curated exercises win over bulk-imported ones. null: nothing we would
 * dare pick (the member chooses).
 */
export async function matchExercises(user: Pick<SessionUser, "id">, names: readonly string[]): Promise<TMatchExercisesResult> {
  const library = await visibleLibrary(user);
  const byId = new Map(library.map((exercise) => [exercise.id, exercise]));
  const curated = createExerciseMatcher(library.filter((exercise) => exercise.curated));
  const everything = createExerciseMatcher(library);
  return [...new Set(names.map((name) => name.trim()))].map((name) => {
    const candidates = [curated(name), everything(name)].filter((match): match is ExerciseMatch => match !== null);
    const best = candidates.sort((a, b) => STRENGTH[a.confidence] - STRENGTH[b.confidence])[0];
    const exercise = best ? byId.get(best.id) : undefined;
    return {
      name,
      match: best && exercise ? { id: exercise.id, name: exercise.name, equipment: exercise.equipment, measurement: exercise.measurement, confidence: best.confidence } : null,
    };
  });
}

/** A UUID-shaped (version 4 layout) id from a hash: the same inputs always give the same id. */
export function deterministicUuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32).split("");
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20, 32)}`;
}

/** Whether a set carries what its exercise records (the logger's rule): the rest are left out, counted. */
function carriesMeasurement(set: ImportedSet, measurement: MeasurementType): boolean {
  switch (measurement) {
    case "weight_reps":
    case "reps":
      return set.reps !== null;
    case "time":
      return set.durationSec !== null && set.durationSec > 0;
    case "distance":
      return set.distanceM !== null && set.distanceM > 0;
  }
}

/** The numbers the logger keeps on each set (see set-service), so imported sets read like logged ones. */
function derivedOf(set: Pick<ImportedSet, "type" | "weightKg" | "reps" | "rpe">) {
  const e1rm = set.weightKg && set.reps ? estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps, rpe: set.rpe ?? undefined }) : null;
  return {
    e1rmKg: e1rm ? Math.round(e1rm.value * 100) / 100 : null,
    volumeKg: set.weightKg && set.reps && set.type !== "warmup" ? Math.round(set.weightKg * set.reps * 100) / 100 : 0,
  };
}

type SetDoc = {
  _id: string;
  userId: Types.ObjectId;
  sessionId: string;
  entryId: string;
  exerciseId: string;
  slotId: null;
  order: number;
  type: ImportedSet["type"];
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  durationSec: number | null;
  distanceM: number | null;
  notes: string;
  completedAt: Date;
  dayKey: string;
  weekKey: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  e1rmKg: number | null;
  volumeKg: number;
  records: string[];
};

type WorkoutPlan = {
  session: Record<string, unknown> & { _id: string; sourceKey: string };
  sets: SetDoc[];
  skippedExercise: number;
  nothingRecorded: number;
};

/**
 * Everything one workout becomes, with ids derived from the member, the workout's key and positions, so a
 * second run (after a crash, or of the same file) names exactly the same documents.
 */
function planWorkout(userId: Types.ObjectId, source: ImportRequest["source"], workout: ImportedWorkout, mapping: ImportRequest["mapping"], exercises: Map<string, TExercise>, timeZone: string): WorkoutPlan {
  const member = String(userId);
  const sessionId = deterministicUuid(member, workout.sourceKey, "session");
  const startedAt = instantFromLocal(workout.startedAtLocal, timeZone);
  const totalSets = workout.exercises.reduce((sum, exercise) => sum + exercise.sets.length, 0);
  const spanMs = (workout.durationMinutes ?? 0) * 60_000;
  // Neither app records when each set was done: spread them over the workout in file order (a second
  // apart when the duration is unknown), so history and records keep the order they were lifted in.
  const completedAtOf = (position: number) => new Date(startedAt.getTime() + (spanMs > 0 ? Math.round((spanMs * (position + 1)) / totalSets) : (position + 1) * 1000));

  const sets: SetDoc[] = [];
  const entries: Record<string, unknown>[] = [];
  let skippedExercise = 0;
  let nothingRecorded = 0;
  let position = 0;
  workout.exercises.forEach((imported, exerciseIndex) => {
    const exerciseId = mapping[imported.name] ?? null;
    const exercise = exerciseId ? exercises.get(exerciseId) : undefined;
    if (!exerciseId || !exercise) {
      skippedExercise += imported.sets.length;
      position += imported.sets.length;
      return;
    }
    const entryId = entryIdFor(sessionId, exerciseIndex);
    let order = 0;
    for (const set of imported.sets) {
      const completedAt = completedAtOf(position);
      position += 1;
      if (!carriesMeasurement(set, exercise.measurement)) {
        nothingRecorded += 1;
        continue;
      }
      sets.push({
        _id: deterministicUuid(member, workout.sourceKey, String(exerciseIndex), String(set.order)),
        userId,
        sessionId,
        entryId,
        exerciseId: exercise.id,
        slotId: null,
        order: order++,
        type: set.type,
        weightKg: set.weightKg,
        reps: set.reps,
        rpe: set.rpe,
        durationSec: set.durationSec,
        distanceM: set.distanceM,
        notes: set.notes,
        completedAt,
        // The workout's own day and week, as for sets logged in the app.
        dayKey: dayKeyOf(startedAt, timeZone),
        weekKey: weekKeyOf(startedAt, timeZone),
        primaryMuscles: exercise.primaryMuscles,
        secondaryMuscles: exercise.secondaryMuscles,
        ...derivedOf(set),
        records: [],
      });
    }
    if (order > 0) {
      entries.push({ id: entryId, exerciseId: exercise.id, order: entries.length, notes: imported.notes, restSeconds: 120, slotId: null, groupId: null, prescription: null });
    }
  });

  const lastSetAt = sets.length > 0 ? sets[sets.length - 1].completedAt.getTime() : startedAt.getTime();
  const finishedAt = new Date(spanMs > 0 ? startedAt.getTime() + spanMs : Math.max(lastSetAt, startedAt.getTime()));
  return {
    session: {
      _id: sessionId,
      userId,
      name: workout.name.trim() || "Imported workout",
      status: "finished",
      source,
      sourceKey: workout.sourceKey,
      programId: null,
      programWeek: null,
      programDay: null,
      startedAt,
      finishedAt,
      dayKey: dayKeyOf(startedAt, timeZone),
      weekKey: weekKeyOf(startedAt, timeZone),
      timeZone,
      notes: workout.notes,
      sessionRpe: null,
      durationMinutes: workout.durationMinutes,
      sessionLoad: null,
      entries,
    },
    sets,
    skippedExercise,
    nothingRecorded,
  };
}

/** A duplicate-key failure of insertMany({ ordered: false }) where every failed document already existed. */
function onlyDuplicateKeys(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: unknown } | null)?.writeErrors;
  if (Array.isArray(writeErrors) && writeErrors.length > 0) {
    return writeErrors.every((writeError: { code?: number; err?: { code?: number } }) => (writeError.code ?? writeError.err?.code) === 11000);
  }
  return isDuplicateKeyError(error);
}

const sameTime = (a: Date | null | undefined, b: Date) => a instanceof Date && a.getTime() === b.getTime();

/** Whether a set left by an interrupted run is the one this run would store. */
function sameSet(stored: Record<string, unknown>, planned: SetDoc): boolean {
  const fields = ["entryId", "exerciseId", "order", "type", "weightKg", "reps", "rpe", "durationSec", "distanceM", "notes", "dayKey"] as const;
  return fields.every((field) => (stored[field] ?? null) === planned[field]) && sameTime(stored.completedAt as Date | null, planned.completedAt);
}

/**
 * Stores the sets of a batch's new workouts, before any of their sessions. None of those sessions exist yet
 * (checked by the caller), so sets already under their ids were left by a run that stopped before storing
 * them: the ones this run would store too are kept, others (a different mapping or unit that time) are
 * removed, and the rest are inserted. One read, one insert and one check for the whole batch.
 */
async function storeSets(userId: Types.ObjectId, sessionIds: string[], sets: SetDoc[]): Promise<void> {
  if (sessionIds.length === 0) return;
  const planned = new Map(sets.map((set) => [set._id, set]));
  const leftovers = (await WorkoutSetModel.find({ userId, sessionId: { $in: sessionIds } }).lean()) as unknown as (Record<string, unknown> & { _id: string })[];
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const leftover of leftovers) {
    const wanted = planned.get(leftover._id);
    if (wanted && sameSet(leftover, wanted)) kept.add(leftover._id);
    else stale.push(leftover._id);
  }
  if (stale.length > 0) await WorkoutSetModel.deleteMany({ userId, _id: { $in: stale } });
  const missing = sets.filter((set) => !kept.has(set._id));
  if (missing.length === 0) return;
  try {
    await WorkoutSetModel.insertMany(missing, { ordered: false });
  } catch (error) {
    // A concurrent run of the same import stored the same documents first: that is the same outcome.
    if (!onlyDuplicateKeys(error)) throw error;
  }
  const stored = await WorkoutSetModel.find({ userId, sessionId: { $in: sessionIds } }).select({ _id: 1 }).lean();
  const storedIds = new Set(stored.map((set) => String(set._id)));
  // An id taken by someone else's document would leave a hole: refuse rather than import half a workout.
  if (sets.some((set) => !storedIds.has(set._id))) throw new AppError("CONFLICT", "Some sets of this import could not be stored. Try the import again.");
}

/** The session, last: once it exists the workout counts as imported. */
async function storeSession(userId: Types.ObjectId, plan: WorkoutPlan): Promise<"imported" | "already"> {
  try {
    await WorkoutSessionModel.create(plan.session);
    return "imported";
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    if (await WorkoutSessionModel.exists({ userId, sourceKey: plan.session.sourceKey })) return "already";
    throw new AppError("CONFLICT", "That workout could not be stored. Try the import again.", { cause: error });
  }
}

/**
 * Stores a batch of imported workouts for `actor`. Idempotent per workout (its source key is unique per
 * member): a workout already there is counted and left alone. Sets go in before their session, with
 * derived ids, so a crash halfway leaves nothing a re-run would duplicate or miss.
 */
export async function importWorkouts(actor: Actor, request: ImportRequest): Promise<TImportWorkoutsResult> {
  const userId = new Types.ObjectId(actor.id);
  const mappedIds = [...new Set(Object.values(request.mapping).filter((id): id is string => id !== null))];
  // Every chosen exercise must be one the member can use, before anything is written.
  const exercises = await requireVisibleExercises(actor, mappedIds);
  const { timeZone } = await memberTrainingContext(actor.id);

  const present = await WorkoutSessionModel.find({ userId, sourceKey: { $in: request.workouts.map((workout) => workout.sourceKey) } })
    .select({ sourceKey: 1 })
    .lean();
  const already = new Set(present.map((session) => session.sourceKey));

  const result: TImportWorkoutsResult = { imported: 0, alreadyImported: 0, emptyWorkouts: 0, sets: 0, skippedSets: 0, skipped: { skippedExercise: 0, nothingRecorded: 0 } };
  const plans: WorkoutPlan[] = [];
  for (const workout of request.workouts) {
    if (already.has(workout.sourceKey)) {
      result.alreadyImported += 1;
      continue;
    }
    const plan = planWorkout(userId, request.source, workout, request.mapping, exercises, timeZone);
    result.skipped.skippedExercise += plan.skippedExercise;
    result.skipped.nothingRecorded += plan.nothingRecorded;
    result.skippedSets += plan.skippedExercise + plan.nothingRecorded;
    plans.push(plan);
  }

  // Sets first (also clearing what an interrupted run left for workouts that now have none), sessions last.
  await storeSets(userId, plans.map((plan) => plan.session._id), plans.flatMap((plan) => plan.sets));
  const touched = new Set<string>();
  for (const plan of plans) {
    if (plan.sets.length === 0) {
      // Nothing to show for it; not stored, so importing it later with its exercises chosen still works.
      result.emptyWorkouts += 1;
      continue;
    }
    for (const set of plan.sets) touched.add(set.exerciseId);
    if ((await storeSession(userId, plan)) === "already") {
      result.alreadyImported += 1;
      continue;
    }
    result.imported += 1;
    result.sets += plan.sets.length;
  }
  if (touched.size > 0) await rebuildRecordsForExercises(actor, [...touched]);
  return result;
}
