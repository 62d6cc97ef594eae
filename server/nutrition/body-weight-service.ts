import "server-only";
import { Types } from "mongoose";
import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { weightTrend } from "@/lib/nutrition/weight-trend";
import type { TWeightHistoryView } from "@/lib/schemas/nutrition";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import type { SessionUser } from "@/server/users/user-service";
import { BodyWeightModel, bodyWeightId } from "./body-weight-model";
import { assertWritableDay, memberToday } from "./member-day";

type Actor = Pick<SessionUser, "id">;

/** One weigh-in per day: logging again that day replaces it (and a replayed write changes nothing). */
export async function logWeight(actor: Actor, dayKey: string, kg: number): Promise<TWeightHistoryView> {
  const { todayKey } = await memberToday(actor.id);
  assertWritableDay(dayKey, todayKey);
  if (dayKey > todayKey) throw new AppError("BAD_REQUEST", "A weigh-in is for today or an earlier day.");
  const filter = { _id: bodyWeightId(actor.id, dayKey) };
  const update = { $set: { kg: Math.round(kg * 100) / 100, userId: new Types.ObjectId(actor.id), dayKey } };
  try {
    await BodyWeightModel.updateOne(filter, update, { upsert: true });
  } catch (error) {
    // Two weigh-ins for a new day at once: both upserts insert, one loses on the key and updates instead.
    if (!isDuplicateKeyError(error)) throw error;
    await BodyWeightModel.updateOne(filter, update);
  }
  await insightsAfterWrite(actor.id, { dayKeys: [dayKey], reason: "weight" });
  return weightHistory(actor, 90);
}

export async function removeWeight(actor: Actor, dayKey: string): Promise<TWeightHistoryView> {
  await BodyWeightModel.deleteOne({ _id: bodyWeightId(actor.id, dayKey) });
  await insightsAfterWrite(actor.id, { dayKeys: [dayKey], reason: "weight" });
  return weightHistory(actor, 90);
}

/** Weigh-ins between two days (inclusive), oldest first. */
export async function weighInsBetween(memberId: string, fromDayKey: string, toDayKey: string): Promise<{ dayKey: string; kg: number }[]> {
  const rows = await BodyWeightModel.find({ userId: new Types.ObjectId(memberId), dayKey: { $gte: fromDayKey, $lte: toDayKey } }).select({ dayKey: 1, kg: 1 }).lean();
  return rows.map((row) => ({ dayKey: row.dayKey, kg: row.kg })).sort((a, b) => a.dayKey.localeCompare(b.dayKey));
}

/** The member's weigh-ins over the last `days` days with the smoothed trend (warmed up on 60 days before). */
export async function weightHistory(member: Actor, days: number): Promise<TWeightHistoryView> {
  const { todayKey } = await memberToday(member.id);
  const fromDayKey = addDaysToKey(todayKey, 1 - days);
  const withTrend = weightTrend(await weighInsBetween(member.id, addDaysToKey(fromDayKey, -60), todayKey));
  const entries = withTrend.filter((entry) => entry.dayKey >= fromDayKey);
  const latest = withTrend.at(-1) ?? null;
  const weekAgo = latest ? [...withTrend].reverse().find((entry) => daysBetween(entry.dayKey, latest.dayKey) >= 7) : undefined;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    entries: entries.map((entry) => ({ dayKey: entry.dayKey, kg: entry.kg, trendKg: round(entry.trendKg) })),
    latest: latest ? { dayKey: latest.dayKey, kg: latest.kg, trendKg: round(latest.trendKg) } : null,
    weeklyChangeKg:
      latest && weekAgo ? round(((latest.trendKg - weekAgo.trendKg) * 7) / daysBetween(weekAgo.dayKey, latest.dayKey)) : null,
  };
}
