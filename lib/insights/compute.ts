import type { MemberHistory } from "@/lib/analytics/history";
import { ZInsightDraftSchema, type TInsightDraft } from "@/lib/schemas/insights";
import type { Signal } from "@/lib/insights/common";
import { adherenceSignal } from "@/lib/insights/adherence";
import { correlationSignal } from "@/lib/insights/correlation";
import { habitStrengthFallingSignal } from "@/lib/insights/habit-strength-falling";
import { loadSpikeSignal } from "@/lib/insights/load-spike";
import { nutritionSignal } from "@/lib/insights/nutrition";
import { personalRecordsSignal } from "@/lib/insights/personal-records";
import { plateauSignal } from "@/lib/insights/plateau";
import { readinessSignal } from "@/lib/insights/readiness";
import { wellbeingSignal } from "@/lib/insights/wellbeing";

/**
 * The insights engine: every signal over the member's history as of `todayKey`, as drafts (facts and
 * evidence, no words), highest priority first (ties by key, so the order is deterministic). Pure: the
 * server job (server/insights) reads the history, calls this, renders and stores.
 */
export const signals: readonly Signal[] = [
  readinessSignal,
  loadSpikeSignal,
  wellbeingSignal,
  adherenceSignal,
  plateauSignal,
  nutritionSignal,
  habitStrengthFallingSignal,
  correlationSignal,
  personalRecordsSignal,
];

export function computeInsights(history: MemberHistory, options: { todayKey: string }): TInsightDraft[] {
  const drafts: TInsightDraft[] = [];
  const seen = new Set<string>();
  for (const signal of signals) {
    const produced = signal(history, options.todayKey);
    const list = produced === null ? [] : Array.isArray(produced) ? produced : [produced];
    for (const draft of list) {
      if (seen.has(draft.key)) continue;
      seen.add(draft.key);
      drafts.push(ZInsightDraftSchema.parse(draft));
    }
  }
  return drafts.sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
