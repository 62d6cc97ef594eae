import { sampleStandardDeviation } from "simple-statistics";
import { addDaysToKey } from "@/lib/dates/day-key";
import type { CheckInSummary, MemberHistory } from "@/lib/analytics/history";
import { acuteChronic, dailyLoads, MIN_DAYS_FOR_RATIO } from "@/lib/analytics/load";
import type { ReadinessLevel, TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, firstLoggedDay, mean, round } from "@/lib/insights/common";

/**
 * Readiness for today, against the member's own baseline:
 * 1. Today's check-in (none → no readiness at all). Each of sleep hours, sleep quality, mood, energy
 *    and stress becomes a z-score against the check-ins of the READINESS_BASELINE_DAYS before today
 *    (mean and sample SD, the SD floored at READINESS_MIN_SD so a very steady member is not flagged for
 *    a one-point dip), oriented so that positive is better (stress counts negatively) and clamped to
 *    ±READINESS_Z_CLAMP. With fewer than READINESS_MIN_BASELINE_CHECK_INS baseline check-ins the fixed
 *    READINESS_DEFAULT_BASELINE is used instead (fact `baseline` = "defaults").
 *    The check-in score is the mean of the five z-scores.
 * 2. Recent load: the session load of the last READINESS_RECENT_LOAD_DAYS (before today) against the
 *    member's daily average over the READINESS_BASELINE_DAYS before those, × 3. Load above the baseline
 *    costs READINESS_LOAD_PENALTY per +100 % (at most READINESS_MAX_LOAD_PENALTY); lighter recent load
 *    changes nothing. Needs MIN_DAYS_FOR_RATIO days of load data (else fact `loadBasis` = "none").
 * 3. score = check-in score − load penalty; green ≥ READINESS_GREEN_FROM, amber ≥ READINESS_AMBER_FROM,
 *    red below. Suggestion: green keep, amber reduce, red swap.
 */
export const READINESS_BASELINE_DAYS = 28;
export const READINESS_MIN_BASELINE_CHECK_INS = 7;
export const READINESS_RECENT_LOAD_DAYS = 3;
export const READINESS_Z_CLAMP = 3;
export const READINESS_MIN_SD = { sleepHours: 0.5, scale: 0.5 } as const;
export const READINESS_DEFAULT_BASELINE = {
  sleepHours: { mean: 7.5, sd: 1 },
  sleepQuality: { mean: 3, sd: 1 },
  mood: { mean: 3, sd: 1 },
  energy: { mean: 3, sd: 1 },
  stress: { mean: 3, sd: 1 },
} as const;
export const READINESS_LOAD_PENALTY = 0.5;
export const READINESS_MAX_LOAD_PENALTY = 1;
export const READINESS_GREEN_FROM = -0.5;
export const READINESS_AMBER_FROM = -1.25;
/** The check-in scales run 1 to this. */
export const CHECK_IN_SCALE_MAX = 5;

type Metric = keyof CheckInSummary;
const METRICS: readonly Metric[] = ["sleepHours", "sleepQuality", "mood", "energy", "stress"];
/** +1: more is better; −1: more is worse. */
const ORIENTATION: Record<Metric, 1 | -1> = { sleepHours: 1, sleepQuality: 1, mood: 1, energy: 1, stress: -1 };

export type ReadinessComputation = {
  level: ReadinessLevel;
  score: number;
  checkInScore: number;
  zScores: Record<Metric, number>;
  baseline: "personal" | "defaults";
  baselineCheckIns: number;
  recentLoad: number | null;
  expectedLoad: number | null;
  loadChangePercent: number | null;
  loadPenalty: number;
};

export function levelOf(score: number): ReadinessLevel {
  if (score >= READINESS_GREEN_FROM - 1e-9) return "green";
  if (score >= READINESS_AMBER_FROM - 1e-9) return "amber";
  return "red";
}

/** The numbers behind today's readiness, or null without a check-in today. */
export function computeReadiness(history: MemberHistory, todayKey: string): ReadinessComputation | null {
  const today = history.days.find((day) => day.dayKey === todayKey)?.checkIn ?? null;
  if (!today) return null;
  const yesterday = addDaysToKey(todayKey, -1);
  const baselineCheckIns = daysBetweenKeys(history, addDaysToKey(todayKey, -READINESS_BASELINE_DAYS), yesterday)
    .map((day) => day.checkIn)
    .filter((checkIn): checkIn is CheckInSummary => checkIn !== null);
  const personal = baselineCheckIns.length >= READINESS_MIN_BASELINE_CHECK_INS;
  const zScores = {} as Record<Metric, number>;
  for (const metric of METRICS) {
    let center: number;
    let spread: number;
    if (personal) {
      const values = baselineCheckIns.map((checkIn) => checkIn[metric]);
      center = mean(values);
      spread = Math.max(sampleStandardDeviation(values), metric === "sleepHours" ? READINESS_MIN_SD.sleepHours : READINESS_MIN_SD.scale);
    } else {
      center = READINESS_DEFAULT_BASELINE[metric].mean;
      spread = READINESS_DEFAULT_BASELINE[metric].sd;
    }
    const z = (ORIENTATION[metric] * (today[metric] - center)) / spread;
    zScores[metric] = Math.max(-READINESS_Z_CLAMP, Math.min(READINESS_Z_CLAMP, z));
  }
  const checkInScore = mean(METRICS.map((metric) => zScores[metric]));

  // Load: the 3 days before today against the 28 days before those.
  const recentFrom = addDaysToKey(todayKey, -READINESS_RECENT_LOAD_DAYS);
  const baselineTo = addDaysToKey(recentFrom, -1);
  const baselineFrom = addDaysToKey(baselineTo, 1 - READINESS_BASELINE_DAYS);
  const first = firstLoggedDay(history);
  let recentLoad: number | null = null;
  let expectedLoad: number | null = null;
  let loadChangePercent: number | null = null;
  let loadPenalty = 0;
  if (first !== null && first <= yesterday) {
    const loads = dailyLoads(history, first < baselineFrom ? first : baselineFrom, yesterday);
    const { daysOfData } = acuteChronic(loads, yesterday);
    const baselineSum = loads.filter((l) => l.dayKey >= baselineFrom && l.dayKey <= baselineTo).reduce((sum, l) => sum + l.load, 0);
    if (daysOfData >= MIN_DAYS_FOR_RATIO && baselineSum > 0) {
      recentLoad = loads.filter((l) => l.dayKey >= recentFrom).reduce((sum, l) => sum + l.load, 0);
      expectedLoad = (baselineSum / READINESS_BASELINE_DAYS) * READINESS_RECENT_LOAD_DAYS;
      const change = recentLoad / expectedLoad - 1;
      loadChangePercent = change * 100;
      loadPenalty = Math.min(READINESS_MAX_LOAD_PENALTY, READINESS_LOAD_PENALTY * Math.max(0, change));
    }
  }
  const score = checkInScore - loadPenalty;
  return {
    level: levelOf(score),
    score,
    checkInScore,
    zScores,
    baseline: personal ? "personal" : "defaults",
    baselineCheckIns: baselineCheckIns.length,
    recentLoad,
    expectedLoad,
    loadChangePercent,
    loadPenalty,
  };
}

const SUGGESTION = { green: "keep", amber: "reduce", red: "swap" } as const;
const TONE = { green: "positive", amber: "caution", red: "action" } as const;
const PRIORITY = { green: 30, amber: 75, red: 90 } as const;

export function readinessSignal(history: MemberHistory, todayKey: string): TInsightDraft | null {
  const result = computeReadiness(history, todayKey);
  if (!result) return null;
  const checkIn = history.days.find((day) => day.dayKey === todayKey)!.checkIn!;
  const facts: TInsightDraft["facts"] = {
    level: result.level,
    sleepHours: checkIn.sleepHours,
    sleepQuality: checkIn.sleepQuality,
    mood: checkIn.mood,
    energy: checkIn.energy,
    stress: checkIn.stress,
    scaleMax: CHECK_IN_SCALE_MAX,
    baseline: result.baseline,
    baselineCheckIns: result.baselineCheckIns,
    loadBasis: result.loadChangePercent === null ? "none" : "personal",
  };
  if (result.loadChangePercent !== null) {
    facts.loadChangePercent = Math.abs(round(result.loadChangePercent));
    facts.loadDirection = result.loadChangePercent >= 0.5 ? "above" : result.loadChangePercent <= -0.5 ? "below" : "at";
  }
  const rows = [
    evidence("Sleep last night", checkIn.sleepHours, "hours", 2),
    evidence("Sleep quality (1–5)", checkIn.sleepQuality, "score"),
    evidence("Stress (1–5)", checkIn.stress, "score"),
    evidence("Mood (1–5)", checkIn.mood, "score"),
    evidence("Energy (1–5)", checkIn.energy, "score"),
    evidence(result.baseline === "personal" ? "Check-ins in your 28-day baseline" : "Check-ins so far (fixed baseline used)", result.baselineCheckIns, "count"),
    evidence("Check-in score vs baseline (z)", result.checkInScore, "score", 2),
  ];
  if (result.recentLoad !== null && result.expectedLoad !== null && result.loadChangePercent !== null) {
    rows.push(
      evidence("Session load, last 3 days", result.recentLoad, "au"),
      evidence("Your usual load for 3 days", result.expectedLoad, "au"),
      evidence("Load vs usual", result.loadChangePercent, "percent"),
    );
  }
  rows.push(evidence("Readiness score", result.score, "score", 2));
  return {
    key: `readiness:${todayKey}`,
    kind: "readiness",
    tone: TONE[result.level],
    priority: PRIORITY[result.level],
    facts,
    evidence: rows,
    fromMind: true,
    readiness: result.level,
    suggestion: SUGGESTION[result.level],
  };
}
