import "server-only";
import { randomUUID } from "node:crypto";
import { addDays, format, startOfISOWeek } from "date-fns";
import type { TPlannedSet, TProgramContent, TProgressionRule } from "@/lib/schemas/program";
import type { AuditActor } from "@/server/audit/audit-service";
import { createProgram, startProgram } from "@/server/train/program-service";
import { logSet } from "@/server/train/set-service";
import { finishWorkout, startWorkout } from "@/server/train/workout-service";
import type { SessionUser } from "@/server/users/user-service";

const seedActor: AuditActor = { userId: null, role: "system", requestId: "seed", ip: null };

const sets = (count: number, min: number, max: number, kg: number | null): TPlannedSet[] =>
  Array.from({ length: count }, () => ({ type: "working", reps: { min, max }, load: kg === null ? { kind: "none" } : { kind: "absolute", kg } }));
const single = (exerciseId: string, planned: TPlannedSet[], progression: TProgressionRule, restSeconds = 150) => ({
  id: randomUUID(),
  kind: "single" as const,
  exercises: [{ exerciseId, sets: planned, restSeconds, progression, notes: "" }],
});

/** A realistic three-day full-body program: linear on the big lifts, double progression on the rest. */
function fullBodyProgram(): TProgramContent {
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
  return { name: "Full body 3×", description: "Three full-body days a week: heavy fives on the big lifts, more reps on the rest.", weeks: Array.from({ length: 8 }, () => ({ days })) };
}

/**
 * Maya's training for the demo: the program started last Monday (her zone), and last week's three
 * sessions logged, so Train shows targets that progressed, "last time" and personal records.
 */
export async function seedDemoTraining(member: SessionUser, now = new Date()): Promise<void> {
  const actor = { id: member.id, role: member.role };
  const program = await createProgram(actor, seedActor, { content: fullBodyProgram() });
  const lastMonday = addDays(startOfISOWeek(now), -7);
  await startProgram(actor, seedActor, { programId: program.id, startDate: format(lastMonday, "yyyy-MM-dd") });
  const performed: Record<number, [string, number, number[]][]> = {
    0: [["barbell-back-squat", 70, [5, 5, 5]], ["barbell-bench-press", 45, [5, 5, 4]], ["barbell-bent-over-row", 40, [12, 11, 10]]],
    2: [["barbell-deadlift", 90, [5]], ["barbell-overhead-press", 30, [5, 5, 5]], ["barbell-romanian-deadlift", 60, [8, 8]]],
    4: [["barbell-front-squat", 50, [8, 8, 8]], ["dumbbell-incline-bench-press", 16, [12, 10, 9]]],
  };
  for (const dayIndex of program.content.weeks[0].days.keys()) {
    const offset = [0, 2, 4][dayIndex];
    const startedAt = new Date(addDays(lastMonday, offset).getTime() + 17.5 * 3_600_000);
    if (startedAt >= now) continue;
    const sessionId = randomUUID();
    const { session } = await startWorkout(actor, seedActor, { sessionId, startedAt, program: { programId: program.id, weekIndex: 0, dayIndex } });
    let minute = 5;
    for (const [entryIndex, [, weightKg, repsList]] of performed[offset].entries()) {
      for (const [order, reps] of repsList.entries()) {
        minute += 3;
        await logSet(actor, {
          setId: randomUUID(),
          sessionId,
          entryId: session.entries[entryIndex].id,
          order,
          type: "working",
          weightKg,
          reps,
          rpe: entryIndex === 2 && offset === 2 ? 7.5 : null,
          durationSec: null,
          distanceM: null,
          notes: "",
          completedAt: new Date(startedAt.getTime() + minute * 60_000),
        });
      }
    }
    await finishWorkout(actor, { sessionId, finishedAt: new Date(startedAt.getTime() + (minute + 5) * 60_000), sessionRpe: 7, durationMinutes: null });
  }
}
