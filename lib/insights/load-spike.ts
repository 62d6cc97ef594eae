import { addDaysToKey } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import { acuteChronicSeries, MIN_DAYS_FOR_RATIO } from "@/lib/analytics/load";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { evidence, round } from "@/lib/insights/common";

/**
 * Load spike: today's acute:chronic session-load ratio (lib/analytics/load) is above
 * LOAD_SPIKE_RATIO. A soft flag only (tone "caution"): the wording says the recent load is well above
 * what the member is used to and never predicts an injury. No ratio (so no flag) under
 * MIN_DAYS_FOR_RATIO days of load data. The key names the first day of the current run of days above
 * the threshold (looking back up to LOAD_SPIKE_LOOKBACK_DAYS), so recomputes during one spike keep it.
 */
export const LOAD_SPIKE_RATIO = 1.5;
export const LOAD_SPIKE_LOOKBACK_DAYS = 14;
/**
 * The week's load must be real training for a ratio to mean anything: after weeks off, one easy
 * 10-minute session (30 AU) makes a ratio of 4. 300 AU is about one hour at RPE 5 in seven days.
 */
export const LOAD_SPIKE_MIN_ACUTE = 300;

export function loadSpikeSignal(history: MemberHistory, todayKey: string): TInsightDraft | null {
  const series = acuteChronicSeries(history, addDaysToKey(todayKey, -LOAD_SPIKE_LOOKBACK_DAYS), todayKey);
  const today = series[series.length - 1];
  if (!today || today.ratio === null || today.ratio <= LOAD_SPIKE_RATIO || today.acute < LOAD_SPIKE_MIN_ACUTE) return null;
  let start = today.dayKey;
  for (let i = series.length - 2; i >= 0; i--) {
    const ratio = series[i].ratio;
    if (ratio === null || ratio <= LOAD_SPIKE_RATIO) break;
    start = series[i].dayKey;
  }
  const ratio = round(today.ratio, 2);
  return {
    key: `load_spike:${start}`,
    kind: "load_spike",
    tone: "caution",
    priority: 70,
    facts: {
      ratio,
      threshold: LOAD_SPIKE_RATIO,
      acuteLoad: round(today.acute),
      chronicWeeklyLoad: round(today.chronicWeekly),
      sinceDayKey: start,
    },
    evidence: [
      evidence("Session load, last 7 days", today.acute, "au"),
      evidence("Average weekly load, last 28 days", today.chronicWeekly, "au"),
      evidence("Acute:chronic ratio", today.ratio, "ratio", 2),
      evidence("Soft-flag threshold", LOAD_SPIKE_RATIO, "ratio", 1),
      evidence("Minimum days of load data", MIN_DAYS_FOR_RATIO, "days"),
    ],
    fromMind: false,
    suggestion: "reduce",
  };
}
