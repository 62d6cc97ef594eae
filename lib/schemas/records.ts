import { z } from "zod";
import { ZExerciseBriefSchema } from "@/lib/schemas/workout";

const ZBest = z.object({ value: z.number(), setId: z.string(), at: z.date(), weightKg: z.number().nullable().optional(), reps: z.number().nullable().optional() });

export const ZExerciseRecordsSchema = z.object({
  exercise: ZExerciseBriefSchema,
  updatedAt: z.date(),
  heaviest: ZBest.nullable(),
  bestE1rm: ZBest.nullable(),
  bestVolume: ZBest.nullable(),
  mostReps: ZBest.nullable(),
  longestDuration: ZBest.nullable(),
  longestDistance: ZBest.nullable(),
  repsAtLoad: z.array(ZBest),
});
export type TExerciseRecords = z.infer<typeof ZExerciseRecordsSchema>;
