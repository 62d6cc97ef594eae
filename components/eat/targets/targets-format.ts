import { formatDayKey } from "@/lib/dates/day-key";
import type { Nutrients, NutrientKey } from "@/lib/nutrition/nutrients";
import type { TDayTargets, TTargetsView } from "@/lib/schemas/nutrition";
import { kgToLb, type WeightUnit } from "@/lib/units";

/** Fixed to en-US so the server-rendered and hydrated text match ("1,410"). */
export const formatNumber = (value: number, decimals = 0): string => value.toLocaleString("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 });

export const nutrientRows: { key: NutrientKey; label: string; unit: string }[] = [
  { key: "energyKcal", label: "Energy", unit: "kcal" },
  { key: "proteinG", label: "Protein", unit: "g" },
  { key: "carbsG", label: "Carbohydrate", unit: "g" },
  { key: "fatG", label: "Fat", unit: "g" },
  { key: "fiberG", label: "Fibre", unit: "g" },
];

export const formatNutrient = (nutrients: Nutrients, key: NutrientKey): string => `${formatNumber(nutrients[key])} ${key === "energyKcal" ? "kcal" : "g"}`;

/** "+120 kcal" / "−15 g" / "no change": the sign is spelled out so the difference reads on its own. */
export function formatDifference(from: number, to: number, unit: string): string {
  const difference = Math.round(to - from);
  if (difference === 0) return "no change";
  return `${difference > 0 ? "+" : "−"}${formatNumber(Math.abs(difference))} ${unit}`;
}

export type Viewer = "member" | "trainer";

const sourceNames: Record<NonNullable<TTargetsView["plan"]>["source"], string> = { calculated: "Calculated", adaptive: "Adaptive", manual: "Manual" };

/** Where targets came from, in the viewer's words: "Adaptive, set by your trainer" for the member, "… by trainer" for the trainer. */
export function sourceLabel(source: keyof typeof sourceNames, setByRole: Viewer, viewer: Viewer): string {
  const who = viewer === "member" ? (setByRole === "member" ? "you" : "your trainer") : setByRole === "trainer" ? "trainer" : "client";
  return `${sourceNames[source]}, set by ${who}`;
}

/** Water in the member's habitual unit: US fluid ounces for people who weigh in pounds. */
export const ML_PER_FL_OZ = 29.5735;
export type WaterUnit = "ml" | "fl oz";
export const waterUnitFor = (weightUnit: WeightUnit): WaterUnit => (weightUnit === "lb" ? "fl oz" : "ml");
export const waterFromMl = (ml: number, unit: WaterUnit): number => (unit === "ml" ? Math.round(ml) : Math.round(ml / ML_PER_FL_OZ));
export const waterToMl = (value: number, unit: WaterUnit): number => (unit === "ml" ? Math.round(value) : Math.round(value * ML_PER_FL_OZ));
export const formatWater = (ml: number, unit: WaterUnit): string => `${formatNumber(waterFromMl(ml, unit))} ${unit}`;

const dateFormat = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
export const formatDate = (date: Date): string => dateFormat.format(date);

export const dayTypes = [
  { key: "training", label: "Training day" },
  { key: "rest", label: "Rest day" },
] as const satisfies readonly { key: keyof TDayTargets; label: string }[];

/** A weight change per week in words, in the viewer's unit: "down 0.4 lb a week", "steady". */
export function weeklyChangeWords(kgPerWeek: number, unit: WeightUnit): string {
  const value = unit === "kg" ? kgPerWeek : kgToLb(kgPerWeek);
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  if (rounded === 0) return "steady";
  return `${value < 0 ? "down" : "up"} ${formatNumber(rounded, 1)} ${unit} a week`;
}

export { formatDayKey };
