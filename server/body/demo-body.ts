import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { BodyMeasurementModel, bodyMeasurementId } from "./body-measurement-model";

/**
 * Demo body measurements: about every two weeks (13 days) within the last twelve weeks, the waist slowly down and the arms
 * slowly up (a recomposition), so /progress shows measurement charts for a seeded member. Idempotent:
 * each day's document is replaced.
 */
export async function seedDemoBody(member: { id: string }, timeZone: string, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, timeZone);
  for (let step = 6; step >= 0; step -= 1) {
    const dayKey = addDaysToKey(today, -13 * step - 1);
    const progress = 6 - step;
    const sites = { waist: 84 - 0.6 * progress, hips: 99 - 0.3 * progress, chest: 98 + 0.2 * progress, upper_arm: 31 + 0.2 * progress, thigh: 57 };
    await BodyMeasurementModel.updateOne(
      { _id: bodyMeasurementId(member.id, dayKey) },
      { $set: { userId: new Types.ObjectId(member.id), dayKey, sites: Object.fromEntries(Object.entries(sites).map(([site, cm]) => [site, Math.round(cm * 10) / 10])) } },
      { upsert: true },
    );
  }
}
