/**
 * The trainer's "trends only" view of a member's check-ins: 7-day averages of mood, energy and stress,
 * this week against the week before, and one word for the direction. Pure, so the screens and the
 * server agree and the boundaries are unit-testable.
 */
export type CheckInScores = { dayKey: string; mood: number; energy: number; stress: number };
export type WindowAverages = { mood: number | null; energy: number | null; stress: number | null; checkIns: number };
export type WellbeingTrend = "up" | "steady" | "down" | "not_enough_data";

/** Fewer check-ins than this in either week says too little to call a direction. */
export const TREND_MIN_CHECK_INS = 3;
/** How far (on the 1–5 scale) the combined wellbeing must move before it counts as up or down. */
export const TREND_THRESHOLD = 0.5;

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function exactAverages(checkIns: readonly CheckInScores[]) {
  if (checkIns.length === 0) return null;
  return { mood: mean(checkIns.map((c) => c.mood)), energy: mean(checkIns.map((c) => c.energy)), stress: mean(checkIns.map((c) => c.stress)) };
}

/** Averages to one decimal (null without check-ins). */
export function windowAverages(checkIns: readonly CheckInScores[]): WindowAverages {
  const exact = exactAverages(checkIns);
  if (!exact) return { mood: null, energy: null, stress: null, checkIns: 0 };
  return { mood: round1(exact.mood), energy: round1(exact.energy), stress: round1(exact.stress), checkIns: checkIns.length };
}

/**
 * One wellbeing number per week on the 1–5 scale: mood and energy as they are, stress turned around
 * (5 = very stressed counts like a mood of 1), averaged. Computed from the unrounded averages.
 */
function wellbeingOf(checkIns: readonly CheckInScores[]): number | null {
  const exact = exactAverages(checkIns);
  return exact ? (exact.mood + exact.energy + (6 - exact.stress)) / 3 : null;
}

export function wellbeingTrend(last7: readonly CheckInScores[], previous7: readonly CheckInScores[]): WellbeingTrend {
  if (last7.length < TREND_MIN_CHECK_INS || previous7.length < TREND_MIN_CHECK_INS) return "not_enough_data";
  const change = wellbeingOf(last7)! - wellbeingOf(previous7)!;
  // A small epsilon so a change of exactly 0.5 (within float error) counts as a move.
  if (change >= TREND_THRESHOLD - 1e-9) return "up";
  if (change <= -TREND_THRESHOLD + 1e-9) return "down";
  return "steady";
}
