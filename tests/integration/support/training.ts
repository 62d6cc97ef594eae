import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { TProgramContent } from "@/lib/schemas/program";
import { callerFor } from "./harness";

export type Caller = Awaited<ReturnType<typeof callerFor>>;

/** The tRPC code a call failed with, or "OK". */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
  );
}

/** A custom exercise owned by the caller, so tests do not depend on catalog wording. */
export async function customExercise(caller: Caller, name = `Test Press ${randomUUID().slice(0, 6)}`, measurement: "weight_reps" | "reps" | "time" | "distance" = "weight_reps") {
  return caller.exercises.create({ name, primaryMuscles: ["chest"], secondaryMuscles: ["triceps", "front_delts"], equipment: "barbell", pattern: "horizontal_push", measurement });
}

/** A one-week program with one day on `weekday` holding one linear-progression slot of `exerciseId`. */
export function linearProgram(exerciseId: string, weekday: number, startKg = 60): TProgramContent {
  return {
    name: "Linear test program",
    description: "",
    weeks: [
      {
        days: [
          {
            name: "Heavy day",
            weekday,
            slots: [
              {
                id: randomUUID(),
                kind: "single",
                exercises: [
                  {
                    exerciseId,
                    sets: [1, 2, 3].map(() => ({ type: "working" as const, reps: { min: 5, max: 5 }, load: { kind: "absolute" as const, kg: startKg } })),
                    restSeconds: 180,
                    progression: { kind: "linear", incrementKg: 2.5, deloadAfterFailures: 3, deloadPercent: 10 },
                    notes: "",
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** Starts a free workout with one exercise; returns the ids a phone would have made. */
export async function workoutWith(caller: Caller, exerciseId: string, startedAt = new Date()) {
  const sessionId = randomUUID();
  const entryId = randomUUID();
  await caller.workouts.start({ sessionId, startedAt, name: "Push" });
  await caller.workouts.addExercise({ sessionId, entryId, exerciseId });
  return { sessionId, entryId };
}

export function setInput(sessionId: string, entryId: string, order: number, weightKg: number, reps: number, extra: Partial<{ rpe: number; type: "warmup" | "working"; completedAt: Date }> = {}) {
  return { setId: randomUUID(), sessionId, entryId, order, type: extra.type ?? ("working" as const), weightKg, reps, rpe: extra.rpe ?? null, completedAt: extra.completedAt ?? new Date() };
}
