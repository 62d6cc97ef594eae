import "server-only";
import { createHash, randomUUID } from "node:crypto";
import mongoose, { type Types } from "mongoose";
import type { TCustomExerciseRequest, TExercise, TExerciseSearchRequest } from "@/lib/schemas/exercise";
import type { TExerciseBrief } from "@/lib/schemas/workout";
import { ZCustomExerciseRequestSchema, ZExerciseSearchRequestSchema } from "@/lib/schemas/exercise";
import { exerciseCatalog } from "@/lib/train/exercise-catalog";
import { escapeRegex, normalizeName } from "@/lib/train/search-text";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { sharedExerciseOwnerIds } from "./access";
import { ExerciseModel, type ExerciseDoc } from "./exercise-model";

type StoredExercise = ExerciseDoc & { _id: string };

export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(normalizeName).join(" | ");
}

export function toExerciseView(doc: StoredExercise, userId: string | null): TExercise {
  return {
    id: doc._id,
    name: doc.name,
    aliases: doc.aliases ?? [],
    primaryMuscles: doc.primaryMuscles as TExercise["primaryMuscles"],
    secondaryMuscles: (doc.secondaryMuscles ?? []) as TExercise["secondaryMuscles"],
    equipment: doc.equipment,
    pattern: doc.pattern,
    unilateral: Boolean(doc.unilateral),
    measurement: doc.measurement,
    source: doc.source,
    visibility: doc.visibility,
    mine: userId !== null && doc.ownerId !== null && String(doc.ownerId) === userId,
  };
}

type ExerciseDefinition = Pick<TExercise, "name" | "aliases" | "primaryMuscles" | "secondaryMuscles" | "equipment" | "pattern" | "unilateral" | "measurement">;

/** The stored fields that describe an exercise, with the search and uniqueness keys derived from them. */
export function exerciseDocFields(exercise: ExerciseDefinition) {
  return {
    name: exercise.name,
    aliases: exercise.aliases,
    searchText: searchTextOf(exercise.name, exercise.aliases),
    nameKey: normalizeName(exercise.name),
    primaryMuscles: exercise.primaryMuscles,
    secondaryMuscles: exercise.secondaryMuscles,
    equipment: exercise.equipment,
    pattern: exercise.pattern,
    unilateral: exercise.unilateral,
    measurement: exercise.measurement,
  };
}

/** What screens show of an exercise; a removed one (deleted custom exercise) still has a name. */
export function toExerciseBrief(exercise: TExercise | undefined, id: string): TExerciseBrief {
  return exercise
    ? { id: exercise.id, name: exercise.name, equipment: exercise.equipment, measurement: exercise.measurement, primaryMuscles: exercise.primaryMuscles }
    : { id, name: "Removed exercise", equipment: "other", measurement: "weight_reps", primaryMuscles: [] };
}

const CATALOG_META_ID = "exercise-catalog";

/**
 * Writes the shipped catalog into the exercises collection when it changed (a hash of the catalog is
 * kept in app_meta), so search covers catalog, imported and custom exercises in one query.
 */
export async function syncExerciseCatalog(): Promise<{ changed: boolean; count: number }> {
  const hash = createHash("sha256").update(JSON.stringify(exerciseCatalog)).digest("hex");
  const meta = mongoose.connection.collection<{ _id: string; hash: string }>("app_meta");
  const stored = await meta.findOne({ _id: CATALOG_META_ID });
  if (stored?.hash === hash) return { changed: false, count: exerciseCatalog.length };
  for (const exercise of exerciseCatalog) {
    await ExerciseModel.updateOne(
      { _id: exercise.id },
      {
        $set: {
          ...exerciseDocFields(exercise),
          source: "catalog",
          visibility: "global",
          ownerId: null,
        },
      },
      { upsert: true },
    );
  }
  await meta.updateOne({ _id: CATALOG_META_ID }, { $set: { hash } }, { upsert: true });
  return { changed: true, count: exerciseCatalog.length };
}

/** Global exercises, the caller's own (private or shared), and those their trainers share with clients. */
export async function visibilityFilter(user: Pick<SessionUser, "id">): Promise<Record<string, unknown>> {
  const trainers = await sharedExerciseOwnerIds(user);
  return { $or: [{ visibility: "global" }, { ownerId: new mongoose.Types.ObjectId(user.id) }, { visibility: "clients", ownerId: { $in: trainers } }] };
}

async function visibleTo(user: Pick<SessionUser, "id">): Promise<(doc: StoredExercise) => boolean> {
  const trainers = new Set((await sharedExerciseOwnerIds(user)).map(String));
  return (doc) => {
    const owner = doc.ownerId === null || doc.ownerId === undefined ? null : String(doc.ownerId);
    return doc.visibility === "global" || owner === user.id || (doc.visibility === "clients" && owner !== null && trainers.has(owner));
  };
}

/** Search by name or alias (every word must match), with muscle and equipment filters. */
export async function searchExercises(user: Pick<SessionUser, "id">, request: TExerciseSearchRequest): Promise<TExercise[]> {
  const { query, muscle, equipment, limit } = ZExerciseSearchRequestSchema.parse(request);
  const words = normalizeName(query).split(" ").filter(Boolean).slice(0, 6);
  const filter: Record<string, unknown> = { $and: [await visibilityFilter(user), ...words.map((word) => ({ searchText: { $regex: escapeRegex(word) } }))] };
  if (muscle) filter.$or = [{ primaryMuscles: muscle }, { secondaryMuscles: muscle }];
  if (equipment) filter.equipment = equipment;
  const docs = (await ExerciseModel.find(filter).lean()) as StoredExercise[];
  const phrase = words.join(" ");
  // Best first: the name starts with the query, then contains it, then an alias matches; own
  // exercises before others; main muscle before secondary when filtering; then alphabetical.
  const score = (doc: StoredExercise) => {
    const name = normalizeName(doc.name);
    let value = name.startsWith(phrase) ? 0 : name.includes(phrase) ? 1 : 2;
    if (muscle && !doc.primaryMuscles.includes(muscle)) value += 3;
    if (doc.source === "import") value += 0.5;
    return value;
  };
  return docs
    .map((doc) => ({ doc, score: score(doc) }))
    .sort((a, b) => a.score - b.score || a.doc.name.localeCompare(b.doc.name))
    .slice(0, limit)
    .map(({ doc }) => toExerciseView(doc, user.id));
}

/** The exercises `ids` names that `user` may use, by id. Unknown or hidden ids are left out. */
export async function findVisibleExercises(user: Pick<SessionUser, "id">, ids: readonly string[]): Promise<Map<string, TExercise>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  // By primary key, visibility checked here. FerretDB pushes only single `_id` equality lookups down to
  // storage (an `_id: {$in}` scans the whole catalog, ~14× slower measured), so a workout's or program's
  // handful of exercises are read one by one in parallel; only a very long list uses `$in`.
  const docs = (
    unique.length <= 64 ? await Promise.all(unique.map((id) => ExerciseModel.findById(id).lean())) : await ExerciseModel.find({ _id: { $in: unique } }).lean()
  ) as (StoredExercise | null)[];
  const isVisible = await visibleTo(user);
  const visible = docs.filter((doc): doc is StoredExercise => doc !== null && isVisible(doc));
  return new Map(visible.map((doc) => [doc._id, toExerciseView(doc, user.id)]));
}

export async function requireVisibleExercises(user: Pick<SessionUser, "id">, ids: readonly string[]): Promise<Map<string, TExercise>> {
  const found = await findVisibleExercises(user, ids);
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError("BAD_REQUEST", `Unknown exercise: ${missing.slice(0, 3).join(", ")}. Pick one from the library.`);
  return found;
}

export async function createCustomExercise(user: Pick<SessionUser, "id" | "role">, request: TCustomExerciseRequest): Promise<TExercise> {
  const input = ZCustomExerciseRequestSchema.parse(request);
  if (input.shareWithClients && user.role === "member") throw new AppError("FORBIDDEN", "Only trainers can share exercises with clients.");
  const ownerId = new mongoose.Types.ObjectId(user.id) as Types.ObjectId;
  const nameKey = normalizeName(input.name);
  if (await ExerciseModel.exists({ nameKey, $or: [{ ownerId: null }, { ownerId }] })) {
    throw new AppError("CONFLICT", `“${input.name}” is already in the library. Search for it instead.`);
  }
  try {
    const doc = await ExerciseModel.create({
      _id: randomUUID(),
      ...exerciseDocFields(input),
      source: "custom",
      visibility: input.shareWithClients ? "clients" : "private",
      ownerId,
    });
    return toExerciseView(doc.toObject() as StoredExercise, user.id);
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new AppError("CONFLICT", `You already have an exercise called “${input.name}”.`, { cause: error });
    throw error;
  }
}
