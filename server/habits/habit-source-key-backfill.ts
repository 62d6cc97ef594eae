import "server-only";
import { HabitModel } from "./habit-model";

/**
 * Gives habits stored before `sourceKey` existed their own id as key. Runs before the unique index is
 * built: MongoDB treats every missing key as the same null, so two old habits would block the index.
 * Idempotent and a no-op once every habit has a key.
 */
export async function backfillHabitSourceKeys(): Promise<void> {
  const missing = await HabitModel.collection.find({ $or: [{ sourceKey: { $exists: false } }, { sourceKey: null }] }, { projection: { _id: 1 } }).toArray();
  for (const habit of missing) await HabitModel.collection.updateOne({ _id: habit._id }, { $set: { sourceKey: String(habit._id) } });
}
