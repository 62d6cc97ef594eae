import "server-only";
import { Types } from "mongoose";
import { addDaysToKey } from "@/lib/dates/day-key";
import { bodySites, type TBodySitesCm, type TBodyWeightView, type TMeasurementEntryView, type TMeasurementsView } from "@/lib/schemas/body";
import type { ProgressRange } from "@/lib/schemas/progress";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { assertWritableDay } from "@/server/nutrition/member-day";
import { BodyWeightModel } from "@/server/nutrition/body-weight-model";
import { allDayIds, bodyContext, dayIdRange } from "./body-context";
import { rangeStartDay, trailingAverage, WEIGHT_AVERAGE_DAYS } from "./body-math";
import { BodyMeasurementModel, bodyMeasurementId } from "./body-measurement-model";

type Member = { id: string };

const round1 = (value: number) => Math.round(value * 10) / 10;

function entryView(doc: { dayKey: string; sites?: Partial<Record<string, number | null>> | null; updatedAt?: Date | null }): TMeasurementEntryView {
  const sites: TMeasurementEntryView["sites"] = {};
  for (const site of bodySites) {
    const value = doc.sites?.[site];
    if (typeof value === "number") sites[site] = value;
  }
  return { dayKey: doc.dayKey, sites, updatedAt: (doc.updatedAt ?? new Date(0)).toISOString() };
}

/** The first day of a member's day-keyed collection (by `_id`, the only index FerretDB uses). */
async function firstDayKey(model: typeof BodyMeasurementModel | typeof BodyWeightModel, memberId: string): Promise<string | null> {
  const first = await (model as typeof BodyMeasurementModel).findOne({ _id: allDayIds(memberId) }).sort({ _id: 1 }).select({ dayKey: 1 }).lean();
  return first?.dayKey ?? null;
}

/** The member's measurements over a range (oldest first), in cm, with the unit they read lengths in. */
export async function measurementsInRange(member: Member, range: ProgressRange): Promise<TMeasurementsView> {
  const context = await bodyContext(member.id);
  const fromDayKey = rangeStartDay(range, context.todayKey, range === "all" ? await firstDayKey(BodyMeasurementModel, member.id) : null);
  const docs = await BodyMeasurementModel.find({ _id: dayIdRange(member.id, fromDayKey, context.todayKey) }).sort({ _id: 1 }).lean();
  return { todayKey: context.todayKey, fromDayKey, lengthUnit: context.lengthUnit, entries: docs.map(entryView) };
}

/**
 * Saves one day's measurements (cm, kept to 0.1 cm). Saving again that day replaces the day's sites, so a
 * replayed save changes nothing. Days: today or up to a year back, never in the future.
 */
export async function saveMeasurements(member: Member, dayKey: string, sites: TBodySitesCm): Promise<TMeasurementEntryView> {
  const { todayKey } = await bodyContext(member.id);
  if (dayKey > todayKey) throw new AppError("BAD_REQUEST", "Measurements are for today or an earlier day.");
  assertWritableDay(dayKey, todayKey);
  const clean: Record<string, number> = {};
  for (const site of bodySites) if (sites[site] !== undefined) clean[site] = round1(sites[site]);
  if (Object.keys(clean).length === 0) throw new AppError("BAD_REQUEST", "Enter at least one measurement.");
  const filter = { _id: bodyMeasurementId(member.id, dayKey) };
  const update = { $set: { userId: new Types.ObjectId(member.id), dayKey, sites: clean } };
  try {
    await BodyMeasurementModel.updateOne(filter, update, { upsert: true });
  } catch (error) {
    // Two saves for a new day at once: both upserts insert, one loses on the key and updates instead.
    if (!isDuplicateKeyError(error)) throw error;
    await BodyMeasurementModel.updateOne(filter, update);
  }
  const saved = await BodyMeasurementModel.findById(filter._id).lean();
  if (!saved) throw new AppError("INTERNAL_SERVER_ERROR", "The measurements were not saved.");
  return entryView(saved);
}

/** Deletes one day's measurements; deleting a day with none changes nothing (deleted: false). */
export async function deleteMeasurements(member: Member, dayKey: string): Promise<{ dayKey: string; deleted: boolean }> {
  const result = await BodyMeasurementModel.deleteOne({ _id: bodyMeasurementId(member.id, dayKey) });
  return { dayKey, deleted: result.deletedCount > 0 };
}

/**
 * The member's weigh-ins over a range with a trailing 7-day average line. The average of the range's
 * first days also counts the 6 days before it, so the line does not start from a single reading.
 */
export async function weightInRange(member: Member, range: ProgressRange): Promise<TBodyWeightView> {
  const context = await bodyContext(member.id);
  const fromDayKey = rangeStartDay(range, context.todayKey, range === "all" ? await firstDayKey(BodyWeightModel, member.id) : null);
  const docs = await BodyWeightModel.find({ _id: dayIdRange(member.id, addDaysToKey(fromDayKey, 1 - WEIGHT_AVERAGE_DAYS), context.todayKey) })
    .select({ dayKey: 1, kg: 1 })
    .lean();
  const entries = trailingAverage(docs.map((doc) => ({ dayKey: doc.dayKey, kg: doc.kg }))).filter((entry) => entry.dayKey >= fromDayKey);
  const first = entries.at(0);
  const last = entries.at(-1);
  return {
    todayKey: context.todayKey,
    fromDayKey,
    entries,
    changeKg: first && last && entries.length >= 2 ? Math.round((last.avg7Kg - first.avg7Kg) * 100) / 100 : null,
  };
}
