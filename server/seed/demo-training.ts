import "server-only";
import { randomUUID } from "node:crypto";
import type { TPlannedSet, TProgramContent, TProgressionRule } from "@/lib/schemas/program";

export const sets = (count: number, min: number, max: number, kg: number | null): TPlannedSet[] =>
  Array.from({ length: count }, () => ({ type: "working", reps: { min, max }, load: kg === null ? { kind: "none" } : { kind: "absolute", kg } }));
export const single = (exerciseId: string, planned: TPlannedSet[], progression: TProgressionRule, restSeconds = 150) => ({
  id: randomUUID(),
  kind: "single" as const,
  exercises: [{ exerciseId, sets: planned, restSeconds, progression, notes: "" }],
});

/**
 * A realistic three-day full-body program (Maya's): linear on the big lifts, double progression on the
 * rest. Her eight weeks of history are seeded by demo-history.ts.
 */
export function fullBodyProgram(weekCount = 8): TProgramContent {
  const days = [
    {
      name: "Squat & bench",
      weekday: 1,
      slots: [
        single("barbell-back-squat", sets(3, 5, 5, 70), { kind: "linear", incrementKg: 2.5, deloadAfterFailures: 3, deloadPercent: 10 }, 180),
        single("barbell-bench-press", sets(3, 5, 5, 45), { kind: "linear", incrementKg: 2.5, deloadAfterFailures: 3, deloadPercent: 10 }, 180),
        single("barbell-bent-over-row", sets(3, 8, 12, 40), { kind: "double", incrementKg: 2.5 }, 120),
      ],
    },
    {
      name: "Deadlift & press",
      weekday: 3,
      slots: [
        single("barbell-deadlift", sets(1, 5, 5, 90), { kind: "linear", incrementKg: 5, deloadAfterFailures: 3, deloadPercent: 10 }, 240),
        single("barbell-overhead-press", sets(3, 5, 5, 30), { kind: "linear", incrementKg: 1.25, deloadAfterFailures: 3, deloadPercent: 10 }, 150),
        single("barbell-romanian-deadlift", [{ type: "working", reps: { min: 8, max: 8 }, load: { kind: "rpe", rpe: 8 } }, { type: "working", reps: { min: 8, max: 8 }, load: { kind: "rpe", rpe: 8 } }], { kind: "rpe", targetRpe: 8 }, 120),
      ],
    },
    {
      name: "Volume day",
      weekday: 5,
      slots: [
        single("barbell-front-squat", sets(3, 6, 8, 50), { kind: "double", incrementKg: 2.5 }, 150),
        single("dumbbell-incline-bench-press", sets(3, 8, 12, 16), { kind: "double", incrementKg: 2 }, 120),
      ],
    },
  ];
  return { name: "Full body 3×", description: "Three full-body days a week: heavy fives on the big lifts, more reps on the rest.", weeks: Array.from({ length: weekCount }, () => ({ days })) };
}
