import { addDaysToKey, daysBetween, formatDayKey } from "@/lib/dates/day-key";
import { roundNutrients, scaleNutrients, sumNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import type { Meal, TAmount, TDiaryDayView, TDiaryEntryView, TDiaryWeekView, TFoodView } from "@/lib/schemas/nutrition";

/** Pure helpers for the Eat screen: wording, amounts and the optimistic view of queued diary writes. */

export const diaryWritePaths = ["diary.logFood", "diary.quickAdd", "diary.updateEntry", "diary.removeEntry", "diary.copyMeal", "diary.addWater", "diary.removeWater"] as const;
export type DiaryWritePath = (typeof diaryWritePaths)[number];
export const isDiaryWrite = (path: string): path is DiaryWritePath => (diaryWritePaths as readonly string[]).includes(path);

/**
 * What a queued write carries besides the server's fields: the entry (or entries) as this phone worked
 * them out, so the day shows the change before the server has it, even after a reload. The server's
 * schemas drop unknown keys, so `preview` never reaches the database.
 */
export type DiaryWriteInput = {
  dayKey?: string;
  toDayKey?: string;
  entryId?: string;
  waterId?: string;
  ml?: number;
  preview?: TDiaryEntryView | TDiaryEntryView[];
};

const trim = (value: number, decimals = 1) => String(Math.round(value * 10 ** decimals) / 10 ** decimals);

/** "1.5 × 1 cup (120 g)", "50 g", or "" for a quick add (it has no amount). */
export function amountLabel(entry: Pick<TDiaryEntryView, "grams" | "serving">): string {
  if (entry.serving) return `${trim(entry.serving.count, 2)} × ${entry.serving.label} (${trim(entry.serving.grams * entry.serving.count)} g)`;
  if (entry.grams !== null) return `${trim(entry.grams)} g`;
  return "";
}

/** The grams an amount of a food stands for, or null when the serving is not the food's. */
export function gramsFor(food: Pick<TFoodView, "servings">, amount: TAmount): number | null {
  if (amount.unit === "g") return amount.grams;
  const serving = food.servings.find((candidate) => candidate.label === amount.label);
  return serving ? serving.grams * amount.count : null;
}

/** The diary entry a food logged in an amount becomes: the server's arithmetic, done on the phone. */
export function entryPreview(id: string, meal: Meal, food: TFoodView, amount: TAmount): TDiaryEntryView | null {
  const grams = gramsFor(food, amount);
  if (grams === null) return null;
  const serving = amount.unit === "serving" ? food.servings.find((candidate) => candidate.label === amount.label)! : null;
  return {
    id,
    meal,
    kind: "food",
    foodId: food.id,
    name: food.name,
    brand: food.brand,
    grams: Math.round(grams * 10) / 10,
    serving: serving ? { label: serving.label, grams: serving.grams, count: (amount as { count: number }).count } : null,
    nutrients: roundNutrients(scaleNutrients(food.per100g, grams)),
  };
}

/** An entry at a new amount, scaled from what it was logged with (nutrients per gram stay the same). */
export function rescaledEntry(entry: TDiaryEntryView, amount: TAmount): TDiaryEntryView {
  if (entry.grams === null || entry.grams === 0) return entry;
  const grams = amount.unit === "g" ? amount.grams : (entry.serving?.grams ?? 0) * amount.count;
  const per100g = scaleNutrients(entry.nutrients, 10_000 / entry.grams);
  return {
    ...entry,
    grams: Math.round(grams * 10) / 10,
    serving: amount.unit === "serving" && entry.serving ? { ...entry.serving, count: amount.count } : null,
    nutrients: roundNutrients(scaleNutrients(per100g, grams)),
  };
}

export const totalsOf = (entries: readonly TDiaryEntryView[]): Nutrients => roundNutrients(sumNutrients(entries.map((entry) => entry.nutrients)));

const previewsOf = (input: DiaryWriteInput): TDiaryEntryView[] => (input.preview === undefined ? [] : Array.isArray(input.preview) ? input.preview : [input.preview]);

/**
 * The day as it will be once the queued writes land, applied in order over the server's view. Each
 * step is idempotent (an entry already there is not added twice), like the server's own handling, so a
 * write that has landed but is still listed changes nothing.
 */
export function withPendingWrites(day: TDiaryDayView, writes: readonly { path: string; input: unknown }[]): TDiaryDayView {
  let entries = day.entries;
  let water = day.water;
  let changed = false;
  for (const write of writes) {
    const input = write.input as DiaryWriteInput;
    if ((input.toDayKey ?? input.dayKey) !== day.dayKey) continue;
    switch (write.path) {
      case "diary.logFood":
      case "diary.quickAdd":
      case "diary.copyMeal": {
        const known = new Set(entries.map((entry) => entry.id));
        const fresh = previewsOf(input).filter((entry) => !known.has(entry.id));
        if (fresh.length > 0) entries = [...entries, ...fresh];
        break;
      }
      case "diary.updateEntry": {
        const [updated] = previewsOf(input);
        if (updated) entries = entries.map((entry) => (entry.id === updated.id ? updated : entry));
        break;
      }
      case "diary.removeEntry":
        entries = entries.filter((entry) => entry.id !== input.entryId);
        break;
      case "diary.addWater":
        if (input.waterId && !water.some((glass) => glass.id === input.waterId)) water = [...water, { id: input.waterId, ml: Number(input.ml) }];
        break;
      case "diary.removeWater":
        water = water.filter((glass) => glass.id !== input.waterId);
        break;
      default:
        continue;
    }
    changed = true;
  }
  if (!changed) return day;
  return { ...day, entries, totals: totalsOf(entries), water, waterMl: water.reduce((sum, glass) => sum + glass.ml, 0) };
}

/** The week with the shown day's totals as they are on the phone now (queued writes included). */
export function weekWithDay(week: TDiaryWeekView, day: TDiaryDayView): TDiaryWeekView {
  const index = week.days.findIndex((candidate) => candidate.dayKey === day.dayKey);
  if (index === -1) return week;
  const days = week.days.map((candidate, at) => (at === index ? { ...candidate, totals: day.totals, logged: day.entries.length > 0 } : candidate));
  const logged = days.filter((candidate) => candidate.logged);
  const average = logged.length > 0 ? roundNutrients(scaleNutrients(sumNutrients(logged.map((candidate) => candidate.totals)), 100 / logged.length)) : null;
  return { ...week, days, average, loggedDays: logged.length };
}

/** "Today", "Yesterday", "Tomorrow", or "Monday 30 Nov" for the header. */
export function dayTitle(dayKey: string, todayKey: string): string {
  const offset = daysBetween(todayKey, dayKey);
  if (offset === 0) return "Today";
  if (offset === -1) return "Yesterday";
  if (offset === 1) return "Tomorrow";
  return formatDayKey(dayKey, { weekday: "long", day: "numeric", month: "short" });
}


/** Days the screen may show: a year back (the server's limit) up to tomorrow. */
export function isViewableDay(dayKey: string, todayKey: string): boolean {
  return dayKey <= addDaysToKey(todayKey, 1) && daysBetween(dayKey, todayKey) <= 366;
}

export const ML_PER_FL_OZ = 29.5735;
export type WaterUnit = "ml" | "fl_oz";

export function waterLabel(ml: number, unit: WaterUnit): string {
  return unit === "ml" ? `${Math.round(ml).toLocaleString("en-GB")} ml` : `${Math.round(ml / ML_PER_FL_OZ)} fl oz`;
}

/** The two quick buttons: a glass and a bottle, in the member's unit (stored as whole ml). */
export function waterSteps(unit: WaterUnit): { label: string; ml: number }[] {
  if (unit === "ml") return [{ label: "+250 ml", ml: 250 }, { label: "+500 ml", ml: 500 }];
  return [{ label: "+8 fl oz", ml: Math.round(8 * ML_PER_FL_OZ) }, { label: "+16 fl oz", ml: Math.round(16 * ML_PER_FL_OZ) }];
}

/** "105 kcal per 1 medium (118 g)" for a food's first serving, or null when it has none. */
export function servingKcalLabel(food: Pick<TFoodView, "servings" | "per100g">): string | null {
  const serving = food.servings[0];
  if (!serving) return null;
  return `${Math.round((food.per100g.energyKcal * serving.grams) / 100)} kcal per ${serving.label} (${trim(serving.grams)} g)`;
}

export const formatGrams = (grams: number) => `${trim(grams)} g`;

export { formatDayKey };
