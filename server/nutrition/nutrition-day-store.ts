import "server-only";
import { Types } from "mongoose";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import type { Nutrients } from "@/lib/nutrition/nutrients";
import type { Meal } from "@/lib/schemas/nutrition";
import { NutritionDayModel, nutritionDayId } from "./nutrition-day-model";

/** A diary entry as stored (plain data: days are read lean and written whole). */
export type DiaryEntry = {
  id: string;
  meal: Meal;
  kind: "food" | "quick";
  foodId: Types.ObjectId | null;
  name: string;
  brand: string;
  grams: number | null;
  serving: { label: string; grams: number; count: number } | null;
  nutrients: Nutrients;
  loggedAt: Date;
};
export type DayState = { entries: DiaryEntry[]; water: { id: string; ml: number }[]; removedIds: string[] };
type StoredDay = DayState & { _id: string; userId: Types.ObjectId; dayKey: string; version: number };

export async function readDay(memberId: string, dayKey: string): Promise<StoredDay | null> {
  return (await NutritionDayModel.findById(nutritionDayId(memberId, dayKey)).lean()) as unknown as StoredDay | null;
}

const MAX_ATTEMPTS = 5;

/**
 * Changes one diary day as a whole: read it, let `change` work out the new state (or null for "nothing
 * to do", e.g. an entry already there), and write it back only if nobody wrote in between (version
 * compare-and-set; a new day is an insert on its primary key). A lost race reads again and retries.
 * Serialised per day inside the process as well, because FerretDB applies concurrent updates as
 * read-then-write.
 */
export function mutateDay(memberId: string, dayKey: string, change: (day: DayState) => DayState | null): Promise<void> {
  const _id = nutritionDayId(memberId, dayKey);
  return oneAtATime(`nutrition-day:${_id}`, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await readDay(memberId, dayKey);
      const next = change(stored ?? { entries: [], water: [], removedIds: [] });
      if (next === null) return;
      if (!stored) {
        try {
          await NutritionDayModel.create({ _id, userId: new Types.ObjectId(memberId), dayKey, ...next, version: 1 });
          return;
        } catch (error) {
          if (isDuplicateKeyError(error)) continue;
          throw error;
        }
      }
      const result = await NutritionDayModel.updateOne({ _id, version: stored.version }, { $set: { entries: next.entries, water: next.water, removedIds: next.removedIds, version: stored.version + 1 } });
      if (result.matchedCount === 1) return;
    }
    throw new AppError("CONFLICT", "This day is being changed from several places at once. Try again.");
  });
}
