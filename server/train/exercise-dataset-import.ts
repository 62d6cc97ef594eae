import "server-only";
import { mapFreeExerciseDbRecord, ZFreeExerciseDbRecord, type MappedFreeExercise } from "@/lib/train/imports/free-exercise-db";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { ExerciseModel } from "./exercise-model";
import { exerciseDocFields } from "./exercise-service";

export type ExerciseDatasetReport = {
  created: number;
  updated: number;
  unchanged: number;
  /** Records whose name is already a global exercise (our catalog, usually): left out, "already in the library". */
  skippedDuplicates: number;
  duplicates: { id: string; name: string; existingId: string }[];
  invalid: { id: string; reason: string }[];
  /** What had to be guessed or defaulted, with how many records ("equipment: null" → 77). */
  unmapped: Record<string, number>;
};

export type ExerciseDatasetOptions = { onProgress?(done: number, total: number): void };

/** "Barbell_Bench_Press_-_Medium_Grip" → "barbell-bench-press-medium-grip". */
export function slugOf(sourceId: string): string {
  return sourceId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const datasetExerciseId = (sourceId: string) => `fedb-${slugOf(sourceId)}`;

/** The stored fields of an imported exercise; compared field by field so a re-run writes nothing. */
function fieldsOf(exercise: MappedFreeExercise) {
  return {
    ...exerciseDocFields(exercise),
    instructions: exercise.instructions,
    source: "import" as const,
    sourceId: exercise.sourceId,
    visibility: "global" as const,
    ownerId: null,
  };
}
type StoredFields = ReturnType<typeof fieldsOf>;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  return (a ?? null) === (b ?? null);
}

function unchanged(stored: Record<string, unknown>, wanted: StoredFields): boolean {
  return (Object.keys(wanted) as (keyof StoredFields)[]).every((key) => sameValue(key === "ownerId" ? (stored.ownerId ?? null) : stored[key], wanted[key]));
}

function idOf(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.trim() !== "" ? id : `#${index + 1}`;
}

/**
 * Imports free-exercise-db records (github.com/yuhonas/free-exercise-db) into the global exercise
 * library as source "import", ids "fedb-<slug>". Idempotent: a record already stored as it would be is
 * counted unchanged and not written. A record whose name is already another global exercise (our
 * catalog's "Barbell Curl") is skipped, since the name is the library's uniqueness key.
 */
export async function importFreeExerciseDb(records: readonly unknown[], options: ExerciseDatasetOptions = {}): Promise<ExerciseDatasetReport> {
  const report: ExerciseDatasetReport = { created: 0, updated: 0, unchanged: 0, skippedDuplicates: 0, duplicates: [], invalid: [], unmapped: {} };
  const total = records.length;

  const mapped: { exercise: MappedFreeExercise; id: string }[] = [];
  const seenIds = new Map<string, string>();
  records.forEach((record, index) => {
    const parsed = ZFreeExerciseDbRecord.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report.invalid.push({ id: idOf(record, index), reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
      return;
    }
    const result = mapFreeExerciseDbRecord(parsed.data);
    if (!result.ok) {
      report.invalid.push({ id: parsed.data.id, reason: result.reason });
      return;
    }
    for (const note of result.unmapped) report.unmapped[note] = (report.unmapped[note] ?? 0) + 1;
    const id = datasetExerciseId(result.exercise.sourceId);
    const twin = seenIds.get(id);
    if (twin !== undefined) {
      report.invalid.push({ id: parsed.data.id, reason: `Its id reads the same as ${twin}'s (${id})` });
      return;
    }
    seenIds.set(id, parsed.data.id);
    mapped.push({ exercise: result.exercise, id });
  });

  let done = report.invalid.length;
  if (done > 0) options.onProgress?.(done, total);

  // Global names already taken, and what is already stored under our ids: two reads, not one per record.
  const globalNames = new Map<string, string>();
  for (const doc of await ExerciseModel.find({ ownerId: null }).select({ nameKey: 1 }).lean()) globalNames.set(doc.nameKey, String(doc._id));
  const stored = new Map<string, Record<string, unknown>>();
  const ids = mapped.map((entry) => entry.id);
  for (let start = 0; start < ids.length; start += 500) {
    for (const doc of await ExerciseModel.find({ _id: { $in: ids.slice(start, start + 500) } }).lean()) stored.set(String(doc._id), doc as unknown as Record<string, unknown>);
  }

  for (const { exercise, id } of mapped) {
    const wanted = fieldsOf(exercise);
    const owner = globalNames.get(wanted.nameKey);
    const existing = stored.get(id);
    if (owner !== undefined && owner !== id) {
      report.skippedDuplicates += 1;
      report.duplicates.push({ id: exercise.sourceId, name: exercise.name, existingId: owner });
    } else if (existing && unchanged(existing, wanted)) {
      report.unchanged += 1;
    } else {
      try {
        await ExerciseModel.updateOne({ _id: id }, { $set: wanted }, { upsert: true });
        if (existing) {
          report.updated += 1;
          const previousKey = existing.nameKey as string | undefined;
          if (previousKey && previousKey !== wanted.nameKey && globalNames.get(previousKey) === id) globalNames.delete(previousKey);
        } else {
          report.created += 1;
        }
        globalNames.set(wanted.nameKey, id);
      } catch (error) {
        // Someone took the name between our read and this write: the same outcome as a known duplicate.
        if (!isDuplicateKeyError(error)) throw error;
        report.skippedDuplicates += 1;
        report.duplicates.push({ id: exercise.sourceId, name: exercise.name, existingId: "(added meanwhile)" });
      }
    }
    done += 1;
    options.onProgress?.(done, total);
  }
  return report;
}
