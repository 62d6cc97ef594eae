/**
 * One-rep-max estimates from a set of several reps. We average Epley and Brzycki: they agree exactly at
 * 10 reps, Epley reads a little high and Brzycki a little low below that, so the mean sits between the
 * two published charts. Weights are in whatever unit is passed in (the app passes kilograms).
 */

/** Past about 10 reps both formulas drift far from tested maxes, so we refuse to estimate. */
export const MAX_REPS_FOR_ESTIMATE = 10;

const MIN_RPE = 5;
const MAX_RPE = 10;

export function epley(weight: number, reps: number): number {
  // A single is already a max; the raw formula would add 1/30 to it.
  return reps === 1 ? weight : weight * (1 + reps / 30);
}

export function brzycki(weight: number, reps: number): number {
  return (weight * 36) / (37 - reps);
}

/**
 * Reps left in the tank at an RPE (RPE 8 = 2 in reserve). No RPE means the set went to failure. RPE is
 * clamped to 5–10: below 5 the scale says little about how close to failure the set was.
 */
export function repsInReserve(rpe?: number | null): number {
  if (rpe == null || !Number.isFinite(rpe)) return 0;
  return MAX_RPE - Math.min(MAX_RPE, Math.max(MIN_RPE, rpe));
}

/** The reps the set would have reached to failure: 5 @ RPE 8 counts as 7. */
export function effectiveReps(reps: number, rpe?: number | null): number {
  return reps + repsInReserve(rpe);
}

/**
 * e1RM ÷ load for a set taken to failure. Up to 10 reps it is the Epley/Brzycki mean; beyond that only
 * Epley, because Brzycki's denominator heads to zero at 37 reps. The two agree at 10, so the curve is
 * continuous. Only loadForReps uses the part past 10 (a 12-rep target still needs a load).
 */
export function oneRepMaxFactor(reps: number): number {
  if (reps <= 1) return 1;
  if (reps > MAX_REPS_FOR_ESTIMATE) return epley(1, reps);
  return (epley(1, reps) + brzycki(1, reps)) / 2;
}

export type OneRepMaxEstimate = { epley: number; brzycki: number; value: number; effectiveReps: number };

/**
 * The estimated 1RM from one set, or null when the set can't support an estimate: no load, no reps, an
 * RPE outside 5–10, or more than 10 reps counting the ones left in reserve.
 */
export function estimateOneRepMax(set: { weightKg: number; reps: number; rpe?: number | null }): OneRepMaxEstimate | null {
  const { weightKg, reps, rpe } = set;
  if (!(weightKg > 0) || !(reps >= 1)) return null;
  if (rpe != null && !(rpe >= MIN_RPE && rpe <= MAX_RPE)) return null;
  const toFailure = effectiveReps(reps, rpe);
  if (toFailure > MAX_REPS_FOR_ESTIMATE) return null;
  const byEpley = epley(weightKg, toFailure);
  const byBrzycki = brzycki(weightKg, toFailure);
  return { epley: byEpley, brzycki: byBrzycki, value: (byEpley + byBrzycki) / 2, effectiveReps: toFailure };
}

/** The load for `reps` at an RPE (none = to failure) given a 1RM: the inverse of estimateOneRepMax. */
export function loadForReps(e1rmKg: number, reps: number, rpe?: number | null): number {
  return e1rmKg / oneRepMaxFactor(effectiveReps(reps, rpe));
}

/** The share of the 1RM a set of `reps` at an RPE is done with, in percent (5 @ RPE 8 ≈ 82). Unrounded. */
export function percentOfOneRepMax(reps: number, rpe?: number | null): number {
  return 100 / oneRepMaxFactor(effectiveReps(reps, rpe));
}
