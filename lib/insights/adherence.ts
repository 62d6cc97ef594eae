import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import { rateOf, type Ratio } from "@/lib/coaching/compliance";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, firstLoggedDay, round } from "@/lib/insights/common";
import { weekKeyOfDay } from "@/lib/dates/day-key";

/**
 * Adherence drop, two findings:
 * - sessions: sessions logged in the last ADHERENCE_WINDOW_DAYS (today included) against what was
 *   expected: plannedSessionsPerWeek × 2 with a program, else the member's own average over the
 *   ADHERENCE_BASELINE_DAYS before the window (needs ≥ ADHERENCE_MIN_BASELINE_PER_WEEK a week). Fires
 *   when the shortfall is ≥ ADHERENCE_DROP of the expectation. Needs data going back to the start of
 *   the window (plan) or of the baseline (own average), so a new member is not "dropping".
 * - habits: the habit completion rate (done 1, partial ½, missed 0; skipped / paused / not-due days not
 *   judged; today only once done) of the last ADHERENCE_WINDOW_DAYS against the ADHERENCE_BASELINE_DAYS
 *   before, falling by ≥ ADHERENCE_DROP (relative), with ≥ ADHERENCE_MIN_JUDGED_RECENT and
 *   ≥ ADHERENCE_MIN_JUDGED_BASELINE judged habit-days.
 * Keys carry the ISO week of today (`adherence_drop:sessions:2026-W10`): a persisting drop shows again
 * the next week, a handled one stays handled within the week.
 */
/** Days a program must have run before its sessions can be missed. */
export const ADHERENCE_MIN_PLAN_DAYS = 7;
export const ADHERENCE_WINDOW_DAYS = 14;
export const ADHERENCE_BASELINE_DAYS = 28;
export const ADHERENCE_DROP = 0.4;
export const ADHERENCE_MIN_BASELINE_PER_WEEK = 1;
export const ADHERENCE_MIN_JUDGED_RECENT = 7;
export const ADHERENCE_MIN_JUDGED_BASELINE = 14;

const EPSILON = 1e-9;

function sessionCount(history: MemberHistory, from: string, to: string): number {
  return daysBetweenKeys(history, from, to).reduce((sum, day) => sum + day.sessions.length, 0);
}

function habitRatio(history: MemberHistory, from: string, to: string, todayKey: string): Ratio {
  const archived = new Set(history.habits.filter((h) => h.archived).map((h) => h.habitId));
  const ratio = { done: 0, asked: 0 };
  for (const day of daysBetweenKeys(history, from, to)) {
    for (const habit of day.habits) {
      if (archived.has(habit.habitId)) continue;
      const credit = habit.status === "done" ? 1 : habit.status === "partial" ? 0.5 : habit.status === "missed" ? 0 : null;
      if (credit === null) continue;
      if (day.dayKey === todayKey && credit === 0) continue; // today can still be done
      ratio.done += credit;
      ratio.asked += 1;
    }
  }
  return ratio;
}

export function adherenceSignal(history: MemberHistory, todayKey: string): TInsightDraft[] {
  const drafts: TInsightDraft[] = [];
  const windowFrom = addDaysToKey(todayKey, 1 - ADHERENCE_WINDOW_DAYS);
  const baselineTo = addDaysToKey(windowFrom, -1);
  const baselineFrom = addDaysToKey(baselineTo, 1 - ADHERENCE_BASELINE_DAYS);
  const first = firstLoggedDay(history);
  const weekKey = weekKeyOfDay(todayKey);
  const weeks = ADHERENCE_WINDOW_DAYS / 7;

  // Sessions.
  const sessions = sessionCount(history, windowFrom, todayKey);
  let expected: number | null = null;
  let basis: "plan" | "own_average" = "plan";
  if (history.plannedSessionsPerWeek !== null && history.plannedSessionsPerWeek > 0) {
    // Only the program's own days count: a program started this week expects this week's sessions, and
    // one started under ADHERENCE_MIN_PLAN_DAYS ago expects nothing yet.
    const since = history.plannedSince && history.plannedSince > windowFrom ? history.plannedSince : windowFrom;
    const planDays = daysBetween(since, todayKey) + 1;
    if (first !== null && first <= windowFrom && planDays >= ADHERENCE_MIN_PLAN_DAYS) expected = history.plannedSessionsPerWeek * (planDays / 7);
  } else if (first !== null && first <= baselineFrom) {
    const perWeek = sessionCount(history, baselineFrom, baselineTo) / (ADHERENCE_BASELINE_DAYS / 7);
    if (perWeek >= ADHERENCE_MIN_BASELINE_PER_WEEK) {
      expected = perWeek * weeks;
      basis = "own_average";
    }
  }
  if (expected !== null && expected > 0) {
    const drop = 1 - sessions / expected;
    if (drop >= ADHERENCE_DROP - EPSILON) {
      drafts.push({
        key: `adherence_drop:sessions:${weekKey}`,
        kind: "adherence_drop",
        tone: "caution",
        priority: 65,
        facts: {
          area: "sessions",
          basis,
          days: ADHERENCE_WINDOW_DAYS,
          sessions,
          expectedSessions: round(expected, 1),
          dropPercent: round(drop * 100),
        },
        evidence: [
          evidence(`Sessions, last ${ADHERENCE_WINDOW_DAYS} days`, sessions, "sessions"),
          evidence(basis === "plan" ? "Planned sessions in that time" : "Your usual sessions in that time", expected, "sessions", 1),
          evidence("Drop", drop * 100, "percent"),
        ],
        fromMind: false,
        suggestion: "none",
      });
    }
  }

  // Habits.
  const recent = habitRatio(history, windowFrom, todayKey, todayKey);
  const before = habitRatio(history, baselineFrom, baselineTo, todayKey);
  const recentRate = rateOf(recent);
  const beforeRate = rateOf(before);
  if (
    recentRate !== null &&
    beforeRate !== null &&
    beforeRate > 0 &&
    recent.asked >= ADHERENCE_MIN_JUDGED_RECENT &&
    before.asked >= ADHERENCE_MIN_JUDGED_BASELINE
  ) {
    const drop = 1 - recentRate / beforeRate;
    if (drop >= ADHERENCE_DROP - EPSILON) {
      drafts.push({
        key: `adherence_drop:habits:${weekKey}`,
        kind: "adherence_drop",
        tone: "caution",
        priority: 50,
        facts: {
          area: "habits",
          basis: "own_average",
          days: ADHERENCE_WINDOW_DAYS,
          completionPercent: round(recentRate * 100),
          previousCompletionPercent: round(beforeRate * 100),
          dropPercent: round(drop * 100),
        },
        evidence: [
          evidence(`Habit completion, last ${ADHERENCE_WINDOW_DAYS} days`, recentRate * 100, "percent"),
          evidence(`Habit completion, the ${ADHERENCE_BASELINE_DAYS} days before`, beforeRate * 100, "percent"),
          evidence("Habit check-ins judged, last 14 days", recent.asked, "count"),
          evidence("Drop", drop * 100, "percent"),
        ],
        fromMind: false,
        suggestion: "none",
      });
    }
  }
  return drafts;
}
