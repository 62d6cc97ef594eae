import { z } from "zod";
import { equipmentKinds, measurementTypes, movementPatterns, muscles } from "@/lib/train/vocabulary";

export const ZExerciseSearchRequestSchema = z.object({
  query: z.string().trim().max(80).default(""),
  muscle: z.enum(muscles).optional(),
  equipment: z.enum(equipmentKinds).optional(),
  limit: z.int().min(1).max(100).default(40),
});
export type TExerciseSearchRequest = z.input<typeof ZExerciseSearchRequestSchema>;

export const ZCustomExerciseRequestSchema = z
  .object({
    name: z.string().trim().min(2, "Name the exercise").max(80, "Keep the name under 80 characters"),
    aliases: z.array(z.string().trim().min(1).max(80)).max(10).default([]),
    primaryMuscles: z.array(z.enum(muscles)).min(1, "Choose at least one main muscle").max(5),
    secondaryMuscles: z.array(z.enum(muscles)).max(8).default([]),
    equipment: z.enum(equipmentKinds, "Choose the equipment"),
    pattern: z.enum(movementPatterns, "Choose the movement pattern"),
    unilateral: z.boolean().default(false),
    measurement: z.enum(measurementTypes, "Choose what a set records"),
    /** Trainers may share an exercise with their clients; members' exercises are private. */
    shareWithClients: z.boolean().default(false),
  })
  .refine((input) => !input.secondaryMuscles.some((muscle) => input.primaryMuscles.includes(muscle)), {
    message: "A muscle is either main or secondary, not both",
    path: ["secondaryMuscles"],
  });
export type TCustomExerciseRequest = z.input<typeof ZCustomExerciseRequestSchema>;

export const ZExerciseSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  primaryMuscles: z.array(z.enum(muscles)),
  secondaryMuscles: z.array(z.enum(muscles)),
  equipment: z.enum(equipmentKinds),
  pattern: z.enum(movementPatterns),
  unilateral: z.boolean(),
  measurement: z.enum(measurementTypes),
  source: z.enum(["catalog", "import", "custom"]),
  visibility: z.enum(["global", "private", "clients"]),
  mine: z.boolean(),
});
export type TExercise = z.infer<typeof ZExerciseSchema>;
