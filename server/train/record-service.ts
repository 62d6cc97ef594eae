import "server-only";
import { Types } from "mongoose";
import { applySetToRecords, emptyRecordBook, rebuildRecords, type RecordBook, type RecordCandidate, type RecordKind } from "@/lib/train/records";
import type { MeasurementType } from "@/lib/train/vocabulary";
import type { TExerciseRecords } from "@/lib/schemas/records";
import type { SessionUser } from "@/server/users/user-service";
import { findVisibleExercises, toExerciseBrief } from "./exercise-service";
import { PersonalRecordModel } from "./personal-record-model";
import { toSetView } from "./set-view";
import type { StoredSet } from "./performance-history";
import { WorkoutSetModel } from "./workout-set-model";

const recordId = (memberId: string, exerciseId: string) => `${memberId}:${exerciseId}`;

/** A stored set as the record fold reads it: its view already carries every field records need. */
export const toCandidate = (set: StoredSet): RecordCandidate => toSetView(set);

async function readBook(memberId: string, exerciseId: string): Promise<RecordBook> {
  const doc = await PersonalRecordModel.findById(recordId(memberId, exerciseId)).lean();
  if (!doc) return emptyRecordBook();
  const { heaviest, bestE1rm, bestVolume, mostReps, longestDuration, longestDistance, repsAtLoad } = doc;
  return { heaviest, bestE1rm, bestVolume, mostReps, longestDuration, longestDistance, repsAtLoad: repsAtLoad ?? [] } as RecordBook;
}

async function writeBook(memberId: string, exerciseId: string, book: RecordBook): Promise<void> {
  await PersonalRecordModel.updateOne(
    { _id: recordId(memberId, exerciseId) },
    {
      $set: {
        userId: new Types.ObjectId(memberId),
        exerciseId,
        heaviest: book.heaviest ?? null,
        bestE1rm: book.bestE1rm ?? null,
        bestVolume: book.bestVolume ?? null,
        mostReps: book.mostReps ?? null,
        longestDuration: book.longestDuration ?? null,
        longestDistance: book.longestDistance ?? null,
        repsAtLoad: book.repsAtLoad,
      },
    },
    { upsert: true },
  );
}

/**
 * Records a new set breaks. A set logged after later ones (a late offline replay, an import) can
 * change history's order, so then the book is rebuilt from all sets instead of extended.
 */
export async function recordsForNewSet(memberId: string, exerciseId: string, set: RecordCandidate, measurement: MeasurementType): Promise<RecordKind[]> {
  const book = await readBook(memberId, exerciseId);
  const newest = [book.heaviest, book.bestE1rm, book.bestVolume, book.mostReps, book.longestDuration, book.longestDistance, ...book.repsAtLoad]
    .filter((best) => best)
    .reduce((latest, best) => Math.max(latest, best!.at.getTime()), 0);
  if (newest > set.completedAt.getTime()) {
    const rebuilt = await rebuildRecordsFor(memberId, exerciseId, measurement);
    return rebuilt.get(set.id) ?? [];
  }
  const { broken, book: next } = applySetToRecords(book, set, measurement);
  await writeBook(memberId, exerciseId, next);
  return broken;
}

/** Rebuilds the record book and each set's record flags from every set of the exercise. */
export async function rebuildRecordsFor(memberId: string, exerciseId: string, measurement: MeasurementType): Promise<Map<string, RecordKind[]>> {
  const sets = (await WorkoutSetModel.find({ userId: new Types.ObjectId(memberId), exerciseId }).lean()) as StoredSet[];
  const { book, brokenBySet } = rebuildRecords(sets.map(toCandidate), measurement);
  await writeBook(memberId, exerciseId, book);
  for (const set of sets) {
    const broken = brokenBySet.get(set._id) ?? [];
    if (broken.join() !== (set.records ?? []).join()) await WorkoutSetModel.updateOne({ _id: set._id }, { $set: { records: broken } });
  }
  return brokenBySet;
}

/** The member's record books (all exercises, or one), newest first, with each exercise's brief. */
export async function listRecords(user: Pick<SessionUser, "id">, exerciseId?: string): Promise<TExerciseRecords[]> {
  const filter: Record<string, unknown> = { userId: new Types.ObjectId(user.id) };
  if (exerciseId) filter.exerciseId = exerciseId;
  const docs = await PersonalRecordModel.find(filter).sort({ updatedAt: -1 }).limit(500).lean();
  const exercises = await findVisibleExercises(user, docs.map((doc) => doc.exerciseId));
  return docs
    .filter((doc) => exercises.has(doc.exerciseId))
    .map((doc) => ({
      exercise: toExerciseBrief(exercises.get(doc.exerciseId), doc.exerciseId),
      updatedAt: doc.updatedAt,
      heaviest: doc.heaviest ?? null,
      bestE1rm: doc.bestE1rm ?? null,
      bestVolume: doc.bestVolume ?? null,
      mostReps: doc.mostReps ?? null,
      longestDuration: doc.longestDuration ?? null,
      longestDistance: doc.longestDistance ?? null,
      repsAtLoad: doc.repsAtLoad ?? [],
    }));
}
