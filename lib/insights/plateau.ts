import { addDaysToKey } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import { mainLifts } from "@/lib/analytics/strength-trend";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { daysBetweenKeys, evidence, mean, round } from "@/lib/insights/common";

/**
 * Plateau on a main lift: the best estimated 1RM of the last PLATEAU_WINDOW_DAYS (today included) is not
 * at least PLATEAU_MIN_PROGRESS above the best of the PLATEAU_WINDOW_DAYS before, with enough sessions
 * of the lift to tell (PLATEAU_MIN_SESSIONS over both windows, PLATEAU_MIN_SESSIONS_PER_WINDOW in each).
 * The suggested program change (fact `change`):
 * - "deload": signs of fatigue, i.e. the lift's recent sessions averaged RPE ≥ PLATEAU_FATIGUE_RPE, or
 *   the recent best fell more than PLATEAU_REGRESSION below the earlier best;
 * - "add_back_off_set": the lift was trained less than PLATEAU_LOW_FREQUENCY_SESSIONS times recently;
 * - "change_rep_range": otherwise (the same stimulus for too long).
 */
export const PLATEAU_WINDOW_DAYS = 28;
export const PLATEAU_MIN_PROGRESS = 0.01;
export const PLATEAU_MIN_SESSIONS = 6;
export const PLATEAU_MIN_SESSIONS_PER_WINDOW = 2;
export const PLATEAU_FATIGUE_RPE = 8.5;
export const PLATEAU_REGRESSION = 0.025;
export const PLATEAU_LOW_FREQUENCY_SESSIONS = 4;

export type PlateauChange = "deload" | "add_back_off_set" | "change_rep_range";

type LiftSession = { e1rmKg: number; rpe: number | null; dayKey: string };

function liftSessions(history: MemberHistory, exerciseId: string, from: string, to: string): LiftSession[] {
  const result: LiftSession[] = [];
  for (const day of daysBetweenKeys(history, from, to)) {
    for (const session of day.sessions) {
      const e1rmKg = session.bestE1rmKg[exerciseId];
      if (e1rmKg !== undefined && e1rmKg > 0) result.push({ e1rmKg, rpe: session.rpe, dayKey: day.dayKey });
    }
  }
  return result;
}

export function plateauSignal(history: MemberHistory, todayKey: string): TInsightDraft[] {
  const recentFrom = addDaysToKey(todayKey, 1 - PLATEAU_WINDOW_DAYS);
  const previousTo = addDaysToKey(recentFrom, -1);
  const previousFrom = addDaysToKey(previousTo, 1 - PLATEAU_WINDOW_DAYS);
  const drafts: TInsightDraft[] = [];
  for (const lift of mainLifts(history)) {
    const recent = liftSessions(history, lift.exerciseId, recentFrom, todayKey);
    const previous = liftSessions(history, lift.exerciseId, previousFrom, previousTo);
    if (recent.length < PLATEAU_MIN_SESSIONS_PER_WINDOW || previous.length < PLATEAU_MIN_SESSIONS_PER_WINDOW) continue;
    if (recent.length + previous.length < PLATEAU_MIN_SESSIONS) continue;
    const recentBest = Math.max(...recent.map((s) => s.e1rmKg));
    const previousBest = Math.max(...previous.map((s) => s.e1rmKg));
    // A small epsilon so exactly +1 % (within float error) counts as progress.
    if (recentBest >= previousBest * (1 + PLATEAU_MIN_PROGRESS) - 1e-9) continue;
    const rated = recent.map((s) => s.rpe).filter((rpe): rpe is number => rpe !== null);
    const recentRpe = rated.length > 0 ? mean(rated) : null;
    const changePercent = ((recentBest - previousBest) / previousBest) * 100;
    const change: PlateauChange =
      (recentRpe !== null && recentRpe >= PLATEAU_FATIGUE_RPE) || recentBest < previousBest * (1 - PLATEAU_REGRESSION)
        ? "deload"
        : recent.length < PLATEAU_LOW_FREQUENCY_SESSIONS
          ? "add_back_off_set"
          : "change_rep_range";
    const facts: TInsightDraft["facts"] = {
      exerciseId: lift.exerciseId,
      exerciseName: lift.name,
      weeks: PLATEAU_WINDOW_DAYS / 7,
      recentBestKg: round(recentBest, 1),
      previousBestKg: round(previousBest, 1),
      changePercent: Math.abs(round(changePercent)),
      direction: changePercent < -0.5 ? "down" : changePercent > 0.5 ? "up" : "flat",
      sessions: recent.length + previous.length,
      change,
    };
    const evidenceRows = [
      evidence(`Best e1RM, last ${PLATEAU_WINDOW_DAYS / 7} weeks`, recentBest, "kg", 1),
      evidence(`Best e1RM, the ${PLATEAU_WINDOW_DAYS / 7} weeks before`, previousBest, "kg", 1),
      evidence("Change", changePercent, "percent", 1),
      evidence(`Sessions with the lift in ${(2 * PLATEAU_WINDOW_DAYS) / 7} weeks`, recent.length + previous.length, "sessions"),
    ];
    if (recentRpe !== null) evidenceRows.push(evidence(`Average session RPE, last ${PLATEAU_WINDOW_DAYS / 7} weeks`, recentRpe, "score", 1));
    // Keyed by the day of the best lift in both windows (the stall's start): the same stall keeps its key
    // (a trainer's handled item stays handled), a new stall after progress is a new finding.
    const peak = [...previous, ...recent].reduce((best, session) => (session.e1rmKg >= best.e1rmKg ? session : best));
    drafts.push({
      key: `plateau:${lift.exerciseId}:${peak.dayKey}`,
      kind: "plateau",
      tone: "action",
      priority: 60,
      facts,
      evidence: evidenceRows,
      fromMind: false,
      suggestion: "vary_program",
    });
  }
  return drafts;
}
