import { linearRegression, linearRegressionLine, mean, sampleStandardDeviation, sumNthPowerDeviations } from "simple-statistics";
import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { formatKcal, roundToTenKcal } from "./energy";

/**
 * Measured maintenance energy from what a member logged and weighed, instead of a population equation.
 *
 * Energy balance: over a period, intake − expenditure = energy stored. If weight changes at `slope`
 * kg/day and each kg of change holds about 7,700 kcal, then
 *   maintenance = average daily intake − slope × 7,700.
 * 7,700 kcal/kg is the classic figure for weight change that is mostly fat (Hall, Int J Obes 2008,
 * "What is the required energy deficit per unit weight loss?"); it overstates the energy in early,
 * water-heavy changes, which is one reason we want several weeks of data.
 *
 * The trend is an ordinary least-squares line through the daily weights: day-to-day water swings of a
 * kilogram or more average out, and the slope's standard error tells us how sure we can be. The
 * uncertainty combines that (× 7,700) with the sampling error of the average intake (SD/√n) in
 * quadrature. We would rather say "not yet" than show a number that is wrong by more than 400 kcal.
 */

export type AdaptiveInput = {
  intake: { dayKey: string; kcal: number }[];
  weights: { dayKey: string; kg: number }[];
  endDayKey: string;
  /** Days in the window, ending on endDayKey inclusive. Default 28; anything under 14 is widened to 14. */
  windowDays?: number;
};

export type AdaptiveEstimate =
  | {
      kind: "estimate";
      maintenanceKcal: number;
      confidence: "low" | "medium" | "high";
      uncertaintyKcal: number;
      averageIntakeKcal: number;
      weightTrendKgPerWeek: number;
      intakeDays: number;
      weighIns: number;
      fromDayKey: string;
      toDayKey: string;
      reasoning: string[];
    }
  | { kind: "insufficient"; reason: string; intakeDays: number; weighIns: number; fromDayKey: string; toDayKey: string };

export const KCAL_PER_KG_BODY_MASS = 7700;
export const DEFAULT_WINDOW_DAYS = 28;
export const MIN_WINDOW_DAYS = 14;
/** Share of the window's days with food logged; fewer and the average may miss whole kinds of day. */
export const MIN_INTAKE_COVERAGE = 0.7;
export const MIN_INTAKE_DAYS = 10;
export const MIN_WEIGH_INS = 8;
export const MAX_UNCERTAINTY_KCAL = 400;
export const HIGH_CONFIDENCE_KCAL = 150;
export const MEDIUM_CONFIDENCE_KCAL = 250;
/** Outside this range the data are almost certainly incomplete (unlogged meals), not a real metabolism. */
export const PLAUSIBLE_MAINTENANCE_KCAL = { min: 1000, max: 6000 } as const;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function signedKg(kgPerWeek: number): string {
  const rounded = Math.round(kgPerWeek * 100) / 100;
  if (rounded === 0) return "held steady (0.00 kg a week)";
  return `${rounded < 0 ? "fell" : "rose"} ${Math.abs(rounded).toFixed(2)} kg a week`;
}

export function estimateMaintenance(input: AdaptiveInput): AdaptiveEstimate {
  if (!DAY_KEY.test(input.endDayKey)) throw new Error(`endDayKey must be a YYYY-MM-DD day key (got ${input.endDayKey})`);
  const requested = input.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isFinite(requested)) throw new Error(`windowDays must be a number (got ${requested})`);
  const windowDays = Math.max(MIN_WINDOW_DAYS, Math.round(requested));
  const toDayKey = input.endDayKey;
  const fromDayKey = addDaysToKey(toDayKey, -(windowDays - 1));
  // Day index 0 … windowDays − 1; anything else (outside the window, or not a day key) is ignored.
  const indexOf = (dayKey: string): number | null => {
    if (!DAY_KEY.test(dayKey)) return null;
    const index = daysBetween(fromDayKey, dayKey);
    return Number.isInteger(index) && index >= 0 && index < windowDays ? index : null;
  };

  // Several intake rows on one day are added together (callers may pass entries or daily totals).
  // Days with nothing logged are unknown, not zero: they are left out of the average.
  const kcalByDay = new Map<number, number>();
  for (const row of input.intake) {
    const index = indexOf(row.dayKey);
    if (index === null || !Number.isFinite(row.kcal)) continue;
    kcalByDay.set(index, (kcalByDay.get(index) ?? 0) + row.kcal);
  }
  const dailyKcal = [...kcalByDay.values()].filter((kcal) => kcal > 0);

  // Several weigh-ins on one day become their average, so weighing five times one morning counts once.
  const kgByDay = new Map<number, number[]>();
  for (const row of input.weights) {
    const index = indexOf(row.dayKey);
    if (index === null || !Number.isFinite(row.kg) || row.kg <= 0) continue;
    kgByDay.set(index, [...(kgByDay.get(index) ?? []), row.kg]);
  }
  const points = [...kgByDay.entries()].map(([index, kgs]) => [index, mean(kgs)]).sort((a, b) => a[0] - b[0]);

  const intakeDays = dailyKcal.length;
  const weighIns = points.length;
  const insufficient = (reason: string): AdaptiveEstimate => ({ kind: "insufficient", reason, intakeDays, weighIns, fromDayKey, toDayKey });

  const neededIntakeDays = Math.max(MIN_INTAKE_DAYS, Math.ceil(MIN_INTAKE_COVERAGE * windowDays));
  if (intakeDays < neededIntakeDays) {
    return insufficient(
      `You logged food on ${intakeDays} of the last ${windowDays} days; the estimate needs at least ${neededIntakeDays}, so that your average reflects how you really eat.`,
    );
  }
  if (weighIns < MIN_WEIGH_INS) {
    return insufficient(
      `You weighed in on ${plural(weighIns, "day")} of the last ${windowDays}; the estimate needs at least ${MIN_WEIGH_INS}, spread across the period.`,
    );
  }
  const half = windowDays / 2;
  const firstHalf = points.filter(([index]) => index < half).length;
  if (firstHalf === 0 || firstHalf === weighIns) {
    return insufficient(
      `All your weigh-ins fall in the ${firstHalf === 0 ? "second" : "first"} half of the last ${windowDays} days; weigh in during both halves so the trend covers the whole period.`,
    );
  }

  const line = linearRegression(points);
  const slopeKgPerDay = line.m;
  const predict = linearRegressionLine(line);
  const residualSquares = points.reduce((sum, [x, y]) => sum + (y - predict(x)) ** 2, 0);
  const spreadOfDays = sumNthPowerDeviations(
    points.map(([x]) => x),
    2,
  );
  const slopeStandardError = Math.sqrt(residualSquares / (weighIns - 2) / spreadOfDays);

  const averageIntake = mean(dailyKcal);
  const intakeStandardError = sampleStandardDeviation(dailyKcal) / Math.sqrt(intakeDays);
  const trendUncertainty = KCAL_PER_KG_BODY_MASS * slopeStandardError;
  const uncertainty = Math.sqrt(trendUncertainty ** 2 + intakeStandardError ** 2);

  if (uncertainty > MAX_UNCERTAINTY_KCAL) {
    return insufficient(
      `Your weigh-ins swing too much to read a clear trend yet (the estimate could be off by ± ${formatKcal(uncertainty)} kcal). Weigh in each morning after the bathroom, before eating, and check again in a week or two.`,
    );
  }

  const maintenance = averageIntake - slopeKgPerDay * KCAL_PER_KG_BODY_MASS;
  if (maintenance < PLAUSIBLE_MAINTENANCE_KCAL.min || maintenance > PLAUSIBLE_MAINTENANCE_KCAL.max) {
    return insufficient(
      `The numbers point to a maintenance of about ${formatKcal(maintenance)} kcal a day, which isn't plausible; this usually means some meals or days weren't fully logged.`,
    );
  }

  const confidence = uncertainty <= HIGH_CONFIDENCE_KCAL ? "high" : uncertainty <= MEDIUM_CONFIDENCE_KCAL ? "medium" : "low";
  const maintenanceKcal = roundToTenKcal(maintenance);
  const uncertaintyKcal = roundToTenKcal(uncertainty);
  const weightTrendKgPerWeek = Math.round(slopeKgPerDay * 7 * 100) / 100;
  const balance = slopeKgPerDay * KCAL_PER_KG_BODY_MASS;
  const balanceLine =
    Math.round(balance) === 0
      ? "A steady weight means you ate about what you burned."
      : `Each kg of body weight is about 7,700 kcal, so that trend means you ate about ${formatKcal(Math.abs(balance))} kcal a day ${balance < 0 ? "less" : "more"} than you burned.`;

  return {
    kind: "estimate",
    maintenanceKcal,
    confidence,
    uncertaintyKcal,
    averageIntakeKcal: Math.round(averageIntake),
    weightTrendKgPerWeek,
    intakeDays,
    weighIns,
    fromDayKey,
    toDayKey,
    reasoning: [
      `Over the ${windowDays} days from ${fromDayKey} to ${toDayKey} you logged food on ${intakeDays} days, an average of ${formatKcal(averageIntake)} kcal a day.`,
      `A trend line through your ${weighIns} weigh-ins ${signedKg(slopeKgPerDay * 7)}.`,
      balanceLine,
      `So you maintain your weight at about ${formatKcal(maintenanceKcal)} kcal a day (± ${formatKcal(uncertaintyKcal)} kcal; ${confidence} confidence).`,
    ],
  };
}
