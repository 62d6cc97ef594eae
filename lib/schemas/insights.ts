import { z } from "zod";

/**
 * Insights: what the engine (lib/insights) concludes from a member's history, with the numbers behind
 * it. The engine decides the facts; wording (lib/insights/render.ts, optionally an LLM rephrase) never
 * changes them. Stored per member in `member_insights` with the inputs they used.
 */
export const insightKinds = [
  "plateau",
  "load_spike",
  "adherence_drop",
  "habit_strength_falling",
  "readiness",
  "nutrition_off_target",
  "correlation",
  "personal_record",
  "wellbeing_down",
] as const;
export type InsightKind = (typeof insightKinds)[number];

/** info: worth knowing; positive: celebrate; caution: a soft flag; action: a suggested change. */
export const insightTones = ["info", "positive", "caution", "action"] as const;
export type InsightTone = (typeof insightTones)[number];

export const readinessLevels = ["green", "amber", "red"] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];

/** One number behind an insight: label, value, unit (kg values are converted to lb for display). */
export const ZEvidenceSchema = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.enum(["kg", "kcal", "g", "percent", "ratio", "sessions", "days", "hours", "score", "au", "r", "p", "count"]),
  /** Decimals to show. */
  decimals: z.number().int().min(0).max(3).default(0),
});
export type TEvidence = z.infer<typeof ZEvidenceSchema>;

/**
 * What the engine produced, before wording. `key` is stable for the same finding (for example
 * `plateau:back-squat:2026-03-12`, the stall that began that day), so a trainer's handled inbox item stays handled across recomputes.
 * `facts` are the values the template slots in (names, numbers); `evidence` is shown as a table.
 */
export const ZInsightDraftSchema = z.object({
  key: z.string(),
  kind: z.enum(insightKinds),
  tone: z.enum(insightTones),
  /** 0–100, higher first. */
  priority: z.number(),
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
  evidence: z.array(ZEvidenceSchema),
  /** Whether this came from Mind data (check-ins, questionnaires): consent rules apply to trainers. */
  fromMind: z.boolean(),
  /** Readiness only. */
  readiness: z.enum(readinessLevels).optional(),
  /** The suggested change, when there is one. */
  suggestion: z.enum(["keep", "reduce", "swap", "deload", "vary_program", "adjust_intake", "rest", "none"]).default("none"),
});
export type TInsightDraft = z.infer<typeof ZInsightDraftSchema>;

/** An insight as shown: the draft plus its words in the member's coach persona. */
export const ZInsightViewSchema = ZInsightDraftSchema.extend({
  title: z.string(),
  body: z.string(),
  /** "template" or "llm" (rephrased, facts checked). */
  wordedBy: z.enum(["template", "llm"]),
});
export type TInsightView = z.infer<typeof ZInsightViewSchema>;

export const insightKindLabels: Record<InsightKind, string> = {
  plateau: "Plateau",
  load_spike: "Training load",
  adherence_drop: "Consistency",
  habit_strength_falling: "Habit strength",
  readiness: "Readiness today",
  nutrition_off_target: "Nutrition",
  correlation: "Pattern",
  personal_record: "Personal record",
  wellbeing_down: "Wellbeing",
};
