import { weekKeyOfDay } from "@/lib/dates/day-key";
import type { ExerciseInfo, MemberHistory } from "@/lib/analytics/history";

/**
 * Estimated one-rep-max trend per exercise: the best e1RM (kg) of each ISO week in which the exercise
 * was logged, from the sessions' `bestE1rmKg`. Week keys are the app's format ("2026-W48", see
 * lib/dates/day-key.ts `weekKeyOf`).
 */
export type WeeklyE1rm = { weekKey: string; e1rmKg: number };

/** Best e1RM per ISO week for one exercise, oldest week first; weeks without it are left out. */
export function weeklyBestE1rm(history: MemberHistory, exerciseId: string): WeeklyE1rm[] {
  const best = new Map<string, number>();
  for (const day of history.days) {
    for (const session of day.sessions) {
      const value = session.bestE1rmKg[exerciseId];
      if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
      const weekKey = weekKeyOfDay(day.dayKey);
      const previous = best.get(weekKey);
      if (previous === undefined || value > previous) best.set(weekKey, value);
    }
  }
  return [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([weekKey, e1rmKg]) => ({ weekKey, e1rmKg }));
}

/** How many sessions logged each exercise (with an e1RM), by exercise id. */
export function sessionCountsByExercise(history: MemberHistory): Map<string, number> {
  const counts = new Map<string, number>();
  for (const day of history.days) {
    for (const session of day.sessions) {
      for (const exerciseId of Object.keys(session.bestE1rmKg)) counts.set(exerciseId, (counts.get(exerciseId) ?? 0) + 1);
    }
  }
  return counts;
}

/** How many of the most-logged exercises count as main lifts when the member marked none. */
export const MOST_LOGGED_MAIN_LIFTS = 3;

/**
 * The lifts worth a strength trend: the exercises marked as main lifts that were logged at least once;
 * when none are, the most-logged exercises (up to MOST_LOGGED_MAIN_LIFTS; ties by name). Ordered by how
 * often they were logged, most first.
 */
export function mainLifts(history: MemberHistory): ExerciseInfo[] {
  const counts = sessionCountsByExercise(history);
  const byCount = (a: ExerciseInfo, b: ExerciseInfo) =>
    (counts.get(b.exerciseId) ?? 0) - (counts.get(a.exerciseId) ?? 0) || a.name.localeCompare(b.name);
  const logged = history.exercises.filter((exercise) => (counts.get(exercise.exerciseId) ?? 0) > 0);
  const marked = logged.filter((exercise) => exercise.isMainLift);
  if (marked.length > 0) return marked.sort(byCount);
  return logged.sort(byCount).slice(0, MOST_LOGGED_MAIN_LIFTS);
}
