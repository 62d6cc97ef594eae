import { addDaysToKey } from "@/lib/dates/day-key";
import type { DaySummary, MemberHistory } from "@/lib/analytics/history";
import type { TEvidence, TInsightDraft } from "@/lib/schemas/insights";

/**
 * Small shared pieces of the signals. Conventions every signal follows (the renderer and the fact
 * checker rely on them):
 * - facts ending in `Kg` (not `PerKg`) are kilograms (converted for lb members), ending in `Percent` are whole
 *   percentages; every other number is shown as stored (signals round before storing);
 * - numbers in facts are magnitudes (no sign): direction is a word fact (for example "up" / "down");
 * - only days up to `todayKey` are read, so a history that runs past today never leaks the future.
 */
export type Signal = (history: MemberHistory, todayKey: string) => TInsightDraft | TInsightDraft[] | null;

export const round = (value: number, decimals = 0): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

export function evidence(label: string, value: number, unit: TEvidence["unit"], decimals = 0): TEvidence {
  return { label, value: round(value, decimals), unit, decimals };
}

/** The days of the history within [fromDayKey, toDayKey] (inclusive), oldest first. */
export function daysBetweenKeys(history: MemberHistory, fromDayKey: string, toDayKey: string): DaySummary[] {
  return history.days.filter((day) => day.dayKey >= fromDayKey && day.dayKey <= toDayKey);
}

/** The N days ending on `endDayKey` (inclusive) as a range. */
export function lastDays(endDayKey: string, days: number): { from: string; to: string } {
  return { from: addDaysToKey(endDayKey, 1 - days), to: endDayKey };
}

/** The first day with anything logged, or null for an empty history. */
export function firstLoggedDay(history: MemberHistory): string | null {
  return history.days.length > 0 ? history.days[0].dayKey : null;
}

export function exerciseName(history: MemberHistory, exerciseId: string): string {
  return history.exercises.find((exercise) => exercise.exerciseId === exerciseId)?.name ?? exerciseId;
}
