import { Types } from "mongoose";
import type { TInsightView } from "@/lib/schemas/insights";
import { MemberInsightsModel } from "@/server/insights/insight-model";

/**
 * Insights as the engine stores them for a member (one `member_insights` document, replaced whole as a
 * recompute does). The persona wording (`title`, `body`) is the member's: the trainer must never get it.
 */
export const MEMBER_WORDING = "You've got this, champ";

export function insight(overrides: Partial<TInsightView> & Pick<TInsightView, "key" | "kind">): TInsightView {
  return {
    tone: "caution",
    priority: 50,
    facts: {},
    evidence: [],
    fromMind: false,
    suggestion: "none",
    title: `${MEMBER_WORDING} (title)`,
    body: `${MEMBER_WORDING} (body)`,
    wordedBy: "template",
    ...overrides,
  };
}

export const sleepRpeCorrelation = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "correlation:sleep_rpe",
    kind: "correlation",
    tone: "info",
    priority: 30,
    fromMind: true,
    facts: { pair: "sleep_rpe", r: -0.62, n: 21 },
    evidence: [
      { label: "Correlation (r)", value: -0.62, unit: "r", decimals: 2 },
      { label: "Paired days", value: 21, unit: "days", decimals: 0 },
      { label: "Mean sleep", value: 6.4, unit: "hours", decimals: 1 },
    ],
    ...overrides,
  });

export const plateau = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "plateau:back-squat",
    kind: "plateau",
    tone: "action",
    priority: 60,
    facts: { exerciseName: "Back squat", weeks: 6 },
    evidence: [
      { label: "Estimated 1RM", value: 100, unit: "kg", decimals: 1 },
      { label: "Weeks without progress", value: 6, unit: "count", decimals: 0 },
    ],
    suggestion: "vary_program",
    ...overrides,
  });

export const personalRecord = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "personal_record:bench-press",
    kind: "personal_record",
    tone: "positive",
    priority: 40,
    facts: { exerciseName: "Bench press" },
    evidence: [{ label: "Estimated 1RM", value: 80, unit: "kg", decimals: 1 }],
    ...overrides,
  });

export const adherenceDrop = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "adherence_drop",
    kind: "adherence_drop",
    priority: 70,
    evidence: [
      { label: "Sessions done, last 14 days", value: 2, unit: "sessions", decimals: 0 },
      { label: "Sessions planned", value: 6, unit: "sessions", decimals: 0 },
    ],
    ...overrides,
  });

/** Mind-derived: needs "trends" or "scores". */
export const wellbeingDown = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "wellbeing_down",
    kind: "wellbeing_down",
    priority: 65,
    fromMind: true,
    // `support`: a flagged questionnaire lately (the engine's fact): never for the trainer.
    facts: { mood: 2.4, previousMood: 3.6, support: "yes" },
    evidence: [
      { label: "Mood, 7-day average", value: 2.4, unit: "score", decimals: 1 },
      { label: "Mood, the 7 days before", value: 3.6, unit: "score", decimals: 1 },
      { label: "WHO-5 score", value: 36, unit: "percent", decimals: 0 },
    ],
    ...overrides,
  });

/** Mind-derived readiness: its level and load under "trends"; sleep and stress only under "scores". */
export const readinessRed = (overrides: Partial<TInsightView> = {}) =>
  insight({
    key: "readiness",
    kind: "readiness",
    priority: 90,
    fromMind: true,
    readiness: "red",
    facts: { sleepHours: 4.5, stress: 5, loadRatio: 1.6 },
    evidence: [
      { label: "Sleep last night", value: 4.5, unit: "hours", decimals: 1 },
      { label: "Stress today", value: 5, unit: "score", decimals: 0 },
      { label: "Acute:chronic load ratio", value: 1.6, unit: "ratio", decimals: 2 },
    ],
    suggestion: "reduce",
    ...overrides,
  });

/** Stores `insights` as the member's current insights (a whole-document replace, like a recompute). */
export async function storeInsights(userId: string, dayKey: string, insights: TInsightView[], computedAt = new Date()) {
  const readiness = insights.find((candidate) => candidate.kind === "readiness")?.readiness ?? null;
  await MemberInsightsModel.replaceOne(
    { _id: userId },
    { _id: userId, userId: new Types.ObjectId(userId), dayKey, computedAt, generation: `test-${computedAt.getTime()}`, persona: "calm", insights, readiness, inputs: { test: true }, version: 1 },
    { upsert: true },
  );
}
