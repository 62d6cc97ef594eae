import { addDaysToKey } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import { weekKeyOfDay } from "@/lib/dates/day-key";
import { TREND_MIN_CHECK_INS, windowAverages, wellbeingTrend, type CheckInScores } from "@/lib/mind/wellbeing-trend";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence } from "@/lib/insights/common";

/**
 * Wellbeing trending down: mood, energy and stress of the last 7 days (today included) against the 7
 * before, judged by lib/mind/wellbeing-trend (the same rule as the trainer's "trends" view: at least
 * TREND_MIN_CHECK_INS check-ins in each week, combined wellbeing down by ≥ 0.5 on the 1–5 scale).
 * Never a diagnosis: it reports the averages. When a questionnaire in the last WELLBEING_SUPPORT_DAYS
 * raised a flag (only the member's own reads, mindAccess "all", carry questionnaires), fact `support` = "yes" and the
 * wording points to the support options, as the Mind screens already do after a flag.
 * Key: `wellbeing_down:<ISO week of today>`.
 */
export const WELLBEING_WINDOW_DAYS = 7;
export const WELLBEING_SUPPORT_DAYS = 14;

function scores(history: MemberHistory, from: string, to: string): CheckInScores[] {
  return daysBetweenKeys(history, from, to).flatMap((day) =>
    day.checkIn ? [{ dayKey: day.dayKey, mood: day.checkIn.mood, energy: day.checkIn.energy, stress: day.checkIn.stress }] : [],
  );
}

export function wellbeingSignal(history: MemberHistory, todayKey: string): TInsightDraft | null {
  const lastFrom = addDaysToKey(todayKey, 1 - WELLBEING_WINDOW_DAYS);
  const previousTo = addDaysToKey(lastFrom, -1);
  const last = scores(history, lastFrom, todayKey);
  const previous = scores(history, addDaysToKey(previousTo, 1 - WELLBEING_WINDOW_DAYS), previousTo);
  if (wellbeingTrend(last, previous) !== "down") return null;
  const now = windowAverages(last);
  const before = windowAverages(previous);
  const supportFrom = addDaysToKey(todayKey, 1 - WELLBEING_SUPPORT_DAYS);
  const flagged = history.mindAccess === "all" && history.questionnaires.some((q) => q.flagged && q.dayKey >= supportFrom && q.dayKey <= todayKey);
  return {
    key: `wellbeing_down:${weekKeyOfDay(todayKey)}`,
    kind: "wellbeing_down",
    tone: "caution",
    priority: 68,
    facts: {
      mood: now.mood!,
      previousMood: before.mood!,
      energy: now.energy!,
      previousEnergy: before.energy!,
      stress: now.stress!,
      previousStress: before.stress!,
      checkIns: now.checkIns,
      days: WELLBEING_WINDOW_DAYS,
      support: flagged ? "yes" : "no",
    },
    evidence: [
      evidence("Mood, last 7 days (1–5)", now.mood!, "score", 1),
      evidence("Mood, the 7 days before", before.mood!, "score", 1),
      evidence("Energy, last 7 days (1–5)", now.energy!, "score", 1),
      evidence("Energy, the 7 days before", before.energy!, "score", 1),
      evidence("Stress, last 7 days (1–5)", now.stress!, "score", 1),
      evidence("Stress, the 7 days before", before.stress!, "score", 1),
      evidence("Check-ins, last 7 days", now.checkIns, "count"),
      evidence("Minimum check-ins per week", TREND_MIN_CHECK_INS, "count"),
    ],
    fromMind: true,
    suggestion: "none",
  };
}
