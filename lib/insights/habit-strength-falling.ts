import { addDaysToKey } from "@/lib/dates/day-key";
import type { MemberHistory } from "@/lib/analytics/history";
import type { TInsightDraft } from "@/lib/schemas/insights";
import { evidence, round } from "@/lib/insights/common";

/**
 * Habit strength falling: an active habit whose strength (0–100, lib/habits/habit-strength as carried
 * in the history) fell by ≥ HABIT_FALL_POINTS over HABIT_FALL_DAYS and is now below HABIT_WEAK_BELOW.
 * "Now" is the last point on or before today; "before" the last point on or before today − 14 days
 * (a habit younger than that has no "before" and never fires). Key: `habit_strength_falling:<habitId>`.
 */
export const HABIT_FALL_DAYS = 14;
export const HABIT_FALL_POINTS = 15;
export const HABIT_WEAK_BELOW = 60;

function valueOn(points: { dayKey: string; value: number }[], dayKey: string): number | null {
  let value: number | null = null;
  for (const point of points) {
    if (point.dayKey > dayKey) break;
    value = point.value;
  }
  return value;
}

export function habitStrengthFallingSignal(history: MemberHistory, todayKey: string): TInsightDraft[] {
  const beforeKey = addDaysToKey(todayKey, -HABIT_FALL_DAYS);
  const drafts: TInsightDraft[] = [];
  for (const habit of history.habits) {
    if (habit.archived) continue;
    const points = [...habit.strength].sort((a, b) => (a.dayKey < b.dayKey ? -1 : a.dayKey > b.dayKey ? 1 : 0));
    const now = valueOn(points, todayKey);
    const before = valueOn(points, beforeKey);
    if (now === null || before === null) continue;
    const fall = before - now;
    if (fall < HABIT_FALL_POINTS - 1e-9 || now >= HABIT_WEAK_BELOW) continue;
    drafts.push({
      key: `habit_strength_falling:${habit.habitId}`,
      kind: "habit_strength_falling",
      tone: "caution",
      priority: 45,
      facts: {
        habitId: habit.habitId,
        habitName: habit.name,
        strength: round(now),
        previousStrength: round(before),
        fall: round(fall),
        days: HABIT_FALL_DAYS,
      },
      evidence: [
        evidence("Habit strength now", now, "score"),
        evidence(`Habit strength ${HABIT_FALL_DAYS} days ago`, before, "score"),
        evidence("Fall", fall, "score"),
      ],
      fromMind: false,
      suggestion: "none",
    });
  }
  return drafts;
}
