import "server-only";
import type { z } from "zod";
import { addDaysToKey } from "@/lib/dates/day-key";
import { copiedEntryId } from "@/lib/nutrition/copied-entry-id";
import { roundNutrients, scaleNutrients, sumNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import type {
  TAmount,
  TDiaryDayView,
  TDiaryEntryView,
  TDiaryWeekView,
  ZAddWaterRequestSchema,
  ZCopyMealRequestSchema,
  ZLogFoodRequestSchema,
  ZQuickAddRequestSchema,
  ZUpdateEntryRequestSchema,
} from "@/lib/schemas/nutrition";
import { AppError } from "@/server/errors/app-error";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import type { SessionUser } from "@/server/users/user-service";
import { dayTypesOf } from "./day-type-service";
import { loadVisibleFood, type StoredFood } from "./food-access";
import { invalidateFoodSearch } from "./food-search-service";
import { nutrientsOf } from "./food-view";
import { assertWritableDay, memberToday } from "./member-day";
import { mutateDay, readDay, type DayState, type DiaryEntry } from "./nutrition-day-store";
import { NutritionDayModel, nutritionDayId } from "./nutrition-day-model";
import { effectiveTargets } from "./targets-service";

type Actor = Pick<SessionUser, "id">;
type Entry = DiaryEntry;

/** One entry is at most what a person could eat at once (grams are capped by the schema, servings here). */
const MAX_ENTRY_GRAMS = 5_000;

/** The grams an amount stands for: grams as given, or a named serving of the food times the count. */
function gramsOf(food: StoredFood, amount: TAmount): { grams: number; serving: { label: string; grams: number; count: number } | null } {
  if (amount.unit === "g") return { grams: amount.grams, serving: null };
  const serving = (food.servings ?? []).find((candidate) => candidate.label === amount.label);
  if (!serving) throw new AppError("BAD_REQUEST", `“${food.name}” has no serving called “${amount.label}”. Choose one of its servings or enter grams.`);
  const grams = serving.grams * amount.count;
  if (grams > MAX_ENTRY_GRAMS) throw new AppError("BAD_REQUEST", "That is more than 5 kg in one entry. Check the number of servings.");
  return { grams, serving: { label: serving.label, grams: serving.grams, count: amount.count } };
}

export function foodEntry(id: string, meal: Entry["meal"], food: StoredFood, amount: TAmount, loggedAt: Date): Entry {
  const { grams, serving } = gramsOf(food, amount);
  return {
    id,
    meal,
    kind: "food",
    foodId: food._id,
    name: food.name,
    brand: food.brand ?? "",
    grams: Math.round(grams * 10) / 10,
    serving,
    nutrients: roundNutrients(scaleNutrients(nutrientsOf(food.per100g), grams)),
    loggedAt,
  };
}

const knownIds = (day: DayState) => new Set([...day.entries.map((entry) => entry.id), ...day.water.map((water) => water.id), ...day.removedIds]);

/** Adds entries whose ids the day has not seen (logged or removed): a replayed write adds nothing. */
function withEntries(day: DayState, entries: Entry[]): DayState | null {
  const known = knownIds(day);
  const fresh = entries.filter((entry) => !known.has(entry.id));
  return fresh.length === 0 ? null : { ...day, entries: [...day.entries, ...fresh] };
}

async function writableDay(actor: Actor, dayKey: string): Promise<void> {
  assertWritableDay(dayKey, (await memberToday(actor.id)).todayKey);
}

export async function logFood(actor: Actor, request: z.output<typeof ZLogFoodRequestSchema>): Promise<TDiaryDayView> {
  await writableDay(actor, request.dayKey);
  const food = await loadVisibleFood(actor, request.foodId);
  const entry = foodEntry(request.entryId, request.meal, food, request.amount, new Date());
  await mutateDay(actor.id, request.dayKey, (day) => withEntries(day, [entry]));
  invalidateFoodSearch(actor.id);
  await insightsAfterWrite(actor.id, { dayKeys: [request.dayKey], reason: "nutrition" });
  return diaryDay(actor, request.dayKey);
}

/** Calories (and macros, if known) without a food: a restaurant meal, a label the member has not saved. */
export async function quickAdd(actor: Actor, request: z.output<typeof ZQuickAddRequestSchema>): Promise<TDiaryDayView> {
  await writableDay(actor, request.dayKey);
  const entry = {
    id: request.entryId,
    meal: request.meal,
    kind: "quick",
    foodId: null,
    name: request.name || "Quick add",
    brand: "",
    grams: null,
    serving: null,
    nutrients: roundNutrients({ energyKcal: request.energyKcal, proteinG: request.proteinG, carbsG: request.carbsG, fatG: request.fatG, fiberG: 0 }),
    loggedAt: new Date(),
  } satisfies Entry;
  await mutateDay(actor.id, request.dayKey, (day) => withEntries(day, [entry]));
  await insightsAfterWrite(actor.id, { dayKeys: [request.dayKey], reason: "nutrition" });
  return diaryDay(actor, request.dayKey);
}

/** Changes an entry's amount or meal; the food's nutrients are read again for the new amount. */
export async function updateEntry(actor: Actor, request: z.output<typeof ZUpdateEntryRequestSchema>): Promise<TDiaryDayView> {
  await writableDay(actor, request.dayKey);
  const stored = (await readDay(actor.id, request.dayKey))?.entries.find((entry) => entry.id === request.entryId);
  if (!stored) throw new AppError("NOT_FOUND", "That entry is not in this day's diary (it may have been removed).");
  if (request.amount && stored.kind === "quick") throw new AppError("BAD_REQUEST", "A quick-add entry has no amount: remove it and add it again.");
  // The food as it is now; if it has gone (a trainer's shared food after coaching ended), the entry is
  // rescaled from what it was logged with, which is the same food.
  const food = request.amount && stored.foodId ? await loadVisibleFood(actor, String(stored.foodId), { allowArchived: true }).catch(() => null) : null;
  const fallback = request.amount && !food ? rescaleStored(stored, request.amount) : null;
  await mutateDay(actor.id, request.dayKey, (day) => {
    const index = day.entries.findIndex((entry) => entry.id === request.entryId);
    if (index === -1) return null;
    const current = day.entries[index];
    const changed = food && request.amount ? foodEntry(current.id, current.meal, food, request.amount, current.loggedAt) : fallback ? { ...current, ...fallback } : current;
    const entries = [...day.entries];
    entries[index] = { ...changed, meal: request.meal ?? current.meal };
    return { ...day, entries };
  });
  await insightsAfterWrite(actor.id, { dayKeys: [request.dayKey], reason: "nutrition" });
  return diaryDay(actor, request.dayKey);
}

/** An entry at a new amount from its own logged values, for when its food can no longer be read. */
function rescaleStored(entry: Entry, amount: TAmount): Pick<Entry, "grams" | "serving" | "nutrients"> {
  if (!entry.grams) throw new AppError("BAD_REQUEST", "This entry has no amount to change.");
  if (amount.unit === "serving" && entry.serving?.label !== amount.label) throw new AppError("BAD_REQUEST", "This food is no longer available: change the amount in grams or in its logged serving.");
  const grams = amount.unit === "g" ? amount.grams : entry.serving!.grams * amount.count;
  if (grams > MAX_ENTRY_GRAMS) throw new AppError("BAD_REQUEST", "That is more than 5 kg in one entry. Check the number of servings.");
  return {
    grams: Math.round(grams * 10) / 10,
    serving: amount.unit === "serving" ? { ...entry.serving!, count: amount.count } : null,
    nutrients: roundNutrients(scaleNutrients(entry.nutrients, grams / entry.grams)),
  };
}

/** Removes an entry (or a water glass); removing twice is harmless, and the id is never re-added. */
async function removeItem(actor: Actor, dayKey: string, id: string): Promise<TDiaryDayView> {
  await writableDay(actor, dayKey);
  await mutateDay(actor.id, dayKey, (day) => {
    if (day.removedIds.includes(id)) return null;
    return { entries: day.entries.filter((entry) => entry.id !== id), water: day.water.filter((water) => water.id !== id), removedIds: [...day.removedIds, id] };
  });
  invalidateFoodSearch(actor.id);
  await insightsAfterWrite(actor.id, { dayKeys: [dayKey], reason: "nutrition" });
  return diaryDay(actor, dayKey);
}

export const removeEntry = (actor: Actor, dayKey: string, entryId: string) => removeItem(actor, dayKey, entryId);
export const removeWater = (actor: Actor, dayKey: string, waterId: string) => removeItem(actor, dayKey, waterId);

/**
 * Copies a meal (yesterday's breakfast, usually) into another day and meal. The copies' ids come from
 * the request id, so a replayed copy adds nothing the second time.
 */
export async function copyMeal(actor: Actor, request: z.output<typeof ZCopyMealRequestSchema>): Promise<TDiaryDayView> {
  await writableDay(actor, request.toDayKey);
  // A replay of a copy that already landed answers with the day as it is, whatever the source meal holds now.
  const target = await readDay(actor.id, request.toDayKey);
  const firstCopy = copiedEntryId(request.requestId, 0);
  if (target && (target.entries.some((entry) => entry.id === firstCopy) || target.removedIds.includes(firstCopy))) return diaryDay(actor, request.toDayKey);
  const source = ((await readDay(actor.id, request.fromDayKey))?.entries ?? []).filter((entry) => entry.meal === request.fromMeal);
  if (source.length === 0) throw new AppError("BAD_REQUEST", "There is nothing in that meal to copy.");
  const now = new Date();
  const copies = source.map((entry, index): Entry => ({ ...entry, id: copiedEntryId(request.requestId, index), meal: request.toMeal, loggedAt: now }));
  await mutateDay(actor.id, request.toDayKey, (day) => withEntries(day, copies));
  invalidateFoodSearch(actor.id);
  await insightsAfterWrite(actor.id, { dayKeys: [request.toDayKey], reason: "nutrition" });
  return diaryDay(actor, request.toDayKey);
}

export async function addWater(actor: Actor, request: z.output<typeof ZAddWaterRequestSchema>): Promise<TDiaryDayView> {
  await writableDay(actor, request.dayKey);
  await mutateDay(actor.id, request.dayKey, (day) => (knownIds(day).has(request.waterId) ? null : { ...day, water: [...day.water, { id: request.waterId, ml: request.ml }] }));
  await insightsAfterWrite(actor.id, { dayKeys: [request.dayKey], reason: "nutrition" });
  return diaryDay(actor, request.dayKey);
}

function entryView(entry: Entry): TDiaryEntryView {
  return {
    id: entry.id,
    meal: entry.meal,
    kind: entry.kind,
    foodId: entry.foodId ? String(entry.foodId) : null,
    name: entry.name,
    brand: entry.brand ?? "",
    grams: entry.grams ?? null,
    serving: entry.serving ? { label: entry.serving.label, grams: entry.serving.grams, count: entry.serving.count } : null,
    nutrients: nutrientsOf(entry.nutrients),
  };
}

const totalsOf = (entries: readonly Pick<Entry, "nutrients">[]): Nutrients => roundNutrients(sumNutrients(entries.map((entry) => nutrientsOf(entry.nutrients))));

/** One day of the diary for `memberId` (the member, or a trainer let in by the caller's checks). */
export async function diaryDay(member: Actor, dayKey: string): Promise<TDiaryDayView> {
  const [day, types, targets] = await Promise.all([readDay(member.id, dayKey), dayTypesOf(member.id, [dayKey]), effectiveTargets(member.id)]);
  const entries = day?.entries ?? [];
  const dayType = types.get(dayKey)!;
  const water = (day?.water ?? []).map((glass) => ({ id: glass.id, ml: glass.ml }));
  return {
    dayKey,
    entries: entries.map(entryView),
    totals: totalsOf(entries),
    water,
    waterMl: water.reduce((sum, glass) => sum + glass.ml, 0),
    waterTargetMl: targets.waterMl,
    target: targets.targets ? targets.targets[dayType.type] : null,
    dayType: dayType.type,
    dayTypeReason: dayType.reason,
    readAt: Date.now(),
  };
}

/** Seven days ending on `endDayKey`, each against its own (training or rest day) target. */
export async function diaryWeek(member: Actor, endDayKey: string): Promise<TDiaryWeekView> {
  const dayKeys = Array.from({ length: 7 }, (_, index) => addDaysToKey(endDayKey, index - 6));
  const [stored, types, targets] = await Promise.all([Promise.all(dayKeys.map((dayKey) => readDay(member.id, dayKey))), dayTypesOf(member.id, dayKeys), effectiveTargets(member.id)]);
  const days = dayKeys.map((dayKey, index) => {
    const entries = stored[index]?.entries ?? [];
    const dayType = types.get(dayKey)!.type;
    return { dayKey, totals: totalsOf(entries), target: targets.targets ? targets.targets[dayType] : null, dayType, logged: entries.length > 0 };
  });
  const logged = days.filter((day) => day.logged);
  const average = (values: Nutrients[]) => roundNutrients(scaleNutrients(sumNutrients(values), 100 / values.length));
  return {
    days,
    average: logged.length > 0 ? average(logged.map((day) => day.totals)) : null,
    targetAverage: targets.targets ? average(days.map((day) => day.target!)) : null,
    loggedDays: logged.length,
  };
}

/** Energy logged per day over a range (days with nothing logged are left out), for the adaptive estimate. */
export async function intakeByDay(memberId: string, fromDayKey: string, toDayKey: string): Promise<{ dayKey: string; kcal: number }[]> {
  const ids: string[] = [];
  for (let dayKey = fromDayKey; dayKey <= toDayKey; dayKey = addDaysToKey(dayKey, 1)) ids.push(nutritionDayId(memberId, dayKey));
  const days = (await NutritionDayModel.find({ _id: { $in: ids } }).select({ dayKey: 1, entries: 1 }).lean()) as unknown as (DayState & { dayKey: string })[];
  return days
    .map((day) => ({ dayKey: day.dayKey, kcal: totalsOf(day.entries ?? []).energyKcal }))
    .filter((day) => day.kcal > 0)
    .sort((a, b) => a.dayKey.localeCompare(b.dayKey));
}
