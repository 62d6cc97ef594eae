import { daysBetween } from "@/lib/dates/day-key";

/** How much each day's weigh-in moves the trend (the Hacker's Diet uses 10 %): water and food swings fade. */
export const TREND_SMOOTHING_PER_DAY = 0.1;

/**
 * The smoothed weight trend at each weigh-in (exponential moving average). Missing days count: after a
 * gap of g days a weigh-in weighs 1 − 0.9^g, as if the trend had been carried through the gap, so a
 * week without weighing does not make one reading count as much as a single day's.
 */
export function weightTrend(weighIns: readonly { dayKey: string; kg: number }[]): { dayKey: string; kg: number; trendKg: number }[] {
  const sorted = [...weighIns].sort((a, b) => a.dayKey.localeCompare(b.dayKey));
  const result: { dayKey: string; kg: number; trendKg: number }[] = [];
  for (const weighIn of sorted) {
    const previous = result.at(-1);
    if (!previous) {
      result.push({ ...weighIn, trendKg: weighIn.kg });
      continue;
    }
    const gap = Math.max(1, daysBetween(previous.dayKey, weighIn.dayKey));
    const weight = 1 - (1 - TREND_SMOOTHING_PER_DAY) ** gap;
    result.push({ ...weighIn, trendKg: previous.trendKg + weight * (weighIn.kg - previous.trendKg) });
  }
  return result;
}
