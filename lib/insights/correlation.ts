import { cumulativeStdNormalProbability, sampleCorrelation } from "simple-statistics";
import { addDaysToKey } from "@/lib/dates/day-key";
import type { DaySummary, MemberHistory } from "@/lib/analytics/history";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, mean, round } from "@/lib/insights/common";

/**
 * Correlations worth telling, over the last CORRELATION_WINDOW_DAYS (today included), each on same-day
 * pairs (a check-in's sleep is the night before that day):
 * - sleep_rpe: sleep hours vs the day's mean session RPE (rated sessions only);
 * - sleep_mood: sleep hours vs mood;
 * - stress_habits: stress vs that day's habit completion (done 1, partial ½, missed 0).
 * Told only when n ≥ CORRELATION_MIN_N pairs AND |r| ≥ CORRELATION_MIN_R AND the two-sided p-value
 * (Fisher z: z = atanh(r)·√(n − 3), p = 2·(1 − Φ(|z|))) is below CORRELATION_MAX_P. All pairs use
 * check-in data, so every draft is fromMind (hidden check-ins give no pairs and nothing fires).
 * Key: `correlation:<pair>`.
 */
export const CORRELATION_WINDOW_DAYS = 90;
export const CORRELATION_MIN_N = 14;
export const CORRELATION_MIN_R = 0.4;
export const CORRELATION_MAX_P = 0.05;

export type CorrelationPair = "sleep_rpe" | "sleep_mood" | "stress_habits";

type PairDefinition = {
  pair: CorrelationPair;
  xLabel: string;
  yLabel: string;
  xUnit: "hours" | "score";
  valueOf: (day: DaySummary) => [number, number] | null;
};

function habitCompletion(day: DaySummary): number | null {
  const credits = day.habits
    .map((h): number | null => (h.status === "done" ? 1 : h.status === "partial" ? 0.5 : h.status === "missed" ? 0 : null))
    .filter((credit): credit is number => credit !== null);
  return credits.length > 0 ? mean(credits) : null;
}

const PAIRS: readonly PairDefinition[] = [
  {
    pair: "sleep_rpe",
    xLabel: "sleep",
    yLabel: "session effort (RPE)",
    xUnit: "hours",
    valueOf: (day) => {
      const rpes = day.sessions.map((s) => s.rpe).filter((rpe): rpe is number => rpe !== null);
      return day.checkIn && rpes.length > 0 ? [day.checkIn.sleepHours, mean(rpes)] : null;
    },
  },
  {
    pair: "sleep_mood",
    xLabel: "sleep",
    yLabel: "mood",
    xUnit: "hours",
    valueOf: (day) => (day.checkIn ? [day.checkIn.sleepHours, day.checkIn.mood] : null),
  },
  {
    pair: "stress_habits",
    xLabel: "stress",
    yLabel: "habit completion",
    xUnit: "score",
    valueOf: (day) => {
      const completion = habitCompletion(day);
      return day.checkIn && completion !== null ? [day.checkIn.stress, completion] : null;
    },
  },
];

/** Two-sided p-value of a Pearson r over n pairs (Fisher z transformation). */
export function correlationPValue(r: number, n: number): number {
  if (n <= 3) return 1;
  if (Math.abs(r) >= 1) return 0;
  const z = Math.atanh(r) * Math.sqrt(n - 3);
  return Math.max(0, 2 * (1 - cumulativeStdNormalProbability(Math.abs(z))));
}

export function correlationSignal(history: MemberHistory, todayKey: string): TInsightDraft[] {
  const days = daysBetweenKeys(history, addDaysToKey(todayKey, 1 - CORRELATION_WINDOW_DAYS), todayKey);
  const drafts: TInsightDraft[] = [];
  for (const definition of PAIRS) {
    const pairs = days.map(definition.valueOf).filter((pair): pair is [number, number] => pair !== null);
    const n = pairs.length;
    if (n < CORRELATION_MIN_N) continue;
    const r = sampleCorrelation(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    if (!Number.isFinite(r) || Math.abs(r) < CORRELATION_MIN_R) continue;
    const p = correlationPValue(r, n);
    if (p >= CORRELATION_MAX_P) continue;
    const shownP = round(p, 3);
    drafts.push({
      key: `correlation:${definition.pair}`,
      kind: "correlation",
      tone: "info",
      priority: 40,
      facts: {
        pair: definition.pair,
        xLabel: definition.xLabel,
        yLabel: definition.yLabel,
        direction: r > 0 ? "positive" : "negative",
        r: Math.abs(round(r, 2)),
        p: shownP < 0.001 ? 0.001 : shownP,
        pRelation: shownP < 0.001 ? "<" : "=",
        n,
        days: CORRELATION_WINDOW_DAYS,
      },
      evidence: [
        evidence("Correlation", r, "r", 2),
        evidence("p-value", p, "p", 3),
        evidence("Days paired", n, "days"),
        evidence(`Mean ${definition.xLabel}`, mean(pairs.map((q) => q[0])), definition.xUnit, 1),
      ],
      fromMind: true,
      suggestion: "none",
    });
  }
  return drafts;
}
