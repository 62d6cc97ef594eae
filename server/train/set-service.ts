import "server-only";
import type { z } from "zod";
import type { TExercise } from "@/lib/schemas/exercise";
import type { TLogSetResult, TWorkoutSet, ZLogSetRequestSchema, ZReorderSetsRequestSchema, ZSetValues, ZUpdateSetRequestSchema } from "@/lib/schemas/workout";
import { estimateOneRepMax } from "@/lib/train/one-rep-max";
import type { MeasurementType } from "@/lib/train/vocabulary";
import { findOwnedById } from "@/server/db/find-owned";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { requireVisibleExercises } from "./exercise-service";
import type { StoredSet } from "./performance-history";
import { rebuildRecordsFor, recordsForNewSet, toCandidate } from "./record-service";
import { toSetView } from "./set-view";
import { loadSession } from "./workout-service";
import { WorkoutSetModel } from "./workout-set-model";

type Actor = Pick<SessionUser, "id" | "role">;
type SetValues = z.output<typeof ZSetValues>;

/** A set must carry what its exercise measures; the message says what is missing. */
export function assertSetFits(exercise: Pick<TExercise, "name" | "measurement">, values: SetValues): void {
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new AppError("BAD_REQUEST", `${exercise.name} is logged ${what}.`);
  };
  switch (exercise.measurement) {
    case "weight_reps":
      need(values.reps !== null, "with reps (and a weight, 0 for bodyweight)");
      break;
    case "reps":
      need(values.reps !== null, "in reps");
      break;
    case "time":
      need(values.durationSec !== null && values.durationSec > 0, "as a time");
      break;
    case "distance":
      need(values.distanceM !== null && values.distanceM > 0, "as a distance");
      break;
  }
}

/** Derived numbers kept on the set so history and volume reads need no recomputation. */
function derived(values: SetValues) {
  const e1rm = values.weightKg && values.reps ? estimateOneRepMax({ weightKg: values.weightKg, reps: values.reps, rpe: values.rpe ?? undefined }) : null;
  return {
    e1rmKg: e1rm ? Math.round(e1rm.value * 100) / 100 : null,
    volumeKg: values.weightKg && values.reps && values.type !== "warmup" ? Math.round(values.weightKg * values.reps * 100) / 100 : 0,
  };
}

const findOwnSet = (actor: Actor, setId: string) => findOwnedById<StoredSet>(WorkoutSetModel, setId, actor.id);

/**
 * Logs one set. The set id is made on the phone and is the idempotency key: a replay of the same
 * queued write finds the stored set and returns it (with replayed: true) instead of storing a second.
 */
export async function logSet(actor: Actor, request: z.output<typeof ZLogSetRequestSchema>): Promise<TLogSetResult> {
  const already = await findOwnSet(actor, request.setId);
  if (already) {
    if ((already.records ?? []).length > 0) return { set: toSetView(already), newRecords: already.records ?? [], replayed: true };
    // It may have been stored by a request that died before its records were counted: count them now.
    const stored = (await requireVisibleExercises(actor, [already.exerciseId])).get(already.exerciseId)!;
    return { ...(await applyRecords(actor, already, stored.measurement)), replayed: true };
  }

  const session = await loadSession(actor, request.sessionId);
  const entry = session.entries.find((candidate) => candidate.id === request.entryId);
  if (!entry) throw new AppError("NOT_FOUND", "That exercise is no longer in this workout.");
  if (request.exerciseId && request.exerciseId !== entry.exerciseId) {
    throw new AppError("CONFLICT", "This set was logged for a different exercise than the workout holds in that place.");
  }
  const exercise = (await requireVisibleExercises(actor, [entry.exerciseId])).get(entry.exerciseId)!;
  const { setId, sessionId, entryId, order, completedAt, exerciseId: _shown, ...values } = request;
  assertSetFits(exercise, values);

  const doc = {
    _id: setId,
    userId: session.userId,
    sessionId,
    entryId,
    exerciseId: entry.exerciseId,
    slotId: entry.slotId ?? null,
    order,
    ...values,
    completedAt,
    // The session's day and week: a workout that runs past midnight stays one day in history and volume.
    dayKey: session.dayKey,
    weekKey: session.weekKey,
    primaryMuscles: exercise.primaryMuscles,
    secondaryMuscles: exercise.secondaryMuscles,
    ...derived(values),
    records: [] as string[],
  };
  try {
    await WorkoutSetModel.create(doc);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const raced = await findOwnSet(actor, setId);
    if (!raced) throw new AppError("CONFLICT", "That set id is already used.", { cause: error });
    return { set: toSetView(raced), newRecords: raced.records ?? [], replayed: true };
  }
  const logged = { ...(await applyRecords(actor, doc as StoredSet, exercise.measurement)), replayed: false };
  await insightsAfterWrite(String(session.userId), { dayKeys: [session.dayKey], reason: "set" });
  return logged;
}

/**
 * Updates the record book for a stored set and flags the records it broke. Applying a set twice
 * changes nothing (ties are not records), so a replay after a crash between the insert and this step
 * can run it again safely.
 */
async function applyRecords(actor: Actor, set: StoredSet, measurement: MeasurementType): Promise<Omit<TLogSetResult, "replayed">> {
  const newRecords = await recordsForNewSet(actor.id, set.exerciseId, toCandidate(set), measurement);
  if (newRecords.length > 0) await WorkoutSetModel.updateOne({ _id: set._id }, { $set: { records: newRecords } });
  return { set: toSetView({ ...set, records: newRecords.length > 0 ? newRecords : (set.records ?? []) }), newRecords };
}

/** Edits a set. Replaying the same edit gives the same result; records are rebuilt from history. */
export async function updateSet(actor: Actor, request: z.output<typeof ZUpdateSetRequestSchema>): Promise<TWorkoutSet> {
  const set = await findOwnSet(actor, request.setId);
  if (!set) throw new AppError("NOT_FOUND", "That set was deleted.");
  const exercise = (await requireVisibleExercises(actor, [set.exerciseId])).get(set.exerciseId)!;
  const merged: SetValues = {
    type: request.values.type ?? set.type,
    weightKg: request.values.weightKg !== undefined ? request.values.weightKg : (set.weightKg ?? null),
    reps: request.values.reps !== undefined ? request.values.reps : (set.reps ?? null),
    rpe: request.values.rpe !== undefined ? request.values.rpe : (set.rpe ?? null),
    durationSec: request.values.durationSec !== undefined ? request.values.durationSec : (set.durationSec ?? null),
    distanceM: request.values.distanceM !== undefined ? request.values.distanceM : (set.distanceM ?? null),
    notes: request.values.notes ?? set.notes ?? "",
  };
  assertSetFits(exercise, merged);
  await WorkoutSetModel.updateOne({ _id: set._id, userId: set.userId }, { $set: { ...merged, ...derived(merged) } });
  await rebuildRecordsFor(actor.id, set.exerciseId, exercise.measurement);
  await insightsAfterWrite(String(set.userId), { dayKeys: [set.dayKey], reason: "set" });
  return toSetView((await findOwnSet(actor, request.setId))!);
}

/** Deletes a set; deleting one that is already gone succeeds (a replayed delete). */
export async function deleteSet(actor: Actor, setId: string): Promise<{ deleted: boolean }> {
  const set = await findOwnSet(actor, setId);
  if (!set) return { deleted: false };
  await WorkoutSetModel.deleteOne({ _id: set._id, userId: set.userId });
  const exercise = (await requireVisibleExercises(actor, [set.exerciseId])).get(set.exerciseId)!;
  await rebuildRecordsFor(actor.id, set.exerciseId, exercise.measurement);
  await insightsAfterWrite(String(set.userId), { dayKeys: [set.dayKey], reason: "set" });
  return { deleted: true };
}

export async function reorderSets(actor: Actor, request: z.output<typeof ZReorderSetsRequestSchema>): Promise<void> {
  const session = await loadSession(actor, request.sessionId);
  const sets = await WorkoutSetModel.find({ userId: session.userId, sessionId: session._id, entryId: request.entryId }).select({ _id: 1 }).lean();
  const known = new Set(sets.map((set) => String(set._id)));
  if (request.setIds.length !== known.size || request.setIds.some((id) => !known.has(id))) {
    throw new AppError("BAD_REQUEST", "The new order must list each set of the exercise once.");
  }
  await Promise.all(request.setIds.map((id, order) => WorkoutSetModel.updateOne({ _id: id, userId: session.userId }, { $set: { order } })));
}

export async function rebuildRecordsForExercises(actor: Actor, exerciseIds: readonly string[]): Promise<void> {
  const exercises = await requireVisibleExercises(actor, exerciseIds);
  for (const [id, exercise] of exercises) await rebuildRecordsFor(actor.id, id, exercise.measurement);
}
