/**
 * The lifts the Progress screen and the plateau signal treat as "main lifts" (the barbell compound
 * lifts a strength trend is usually judged on), by catalog id. Other exercises still get an e1RM trend
 * when they are among the most logged (lib/analytics/strength-trend.ts `mainLifts`).
 */
export const mainLiftIds = [
  "barbell-back-squat",
  "barbell-front-squat",
  "barbell-bench-press",
  "barbell-deadlift",
  "barbell-overhead-press",
  "barbell-bent-over-row",
] as const;

const mainLiftSet = new Set<string>(mainLiftIds);
export const isMainLiftId = (exerciseId: string): boolean => mainLiftSet.has(exerciseId);
