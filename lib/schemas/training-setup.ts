import { z } from "zod";
import { weightUnits } from "@/lib/schemas/profile";

/**
 * What a member can actually load, in the unit their gym uses (a member in lb has lb plates). Loads are
 * stored in kg everywhere else; rounding to what is achievable happens in this unit, then converts back.
 */
export const ZTrainingSetup = z.object({
  unit: z.enum(weightUnits),
  barWeight: z.number().min(0).max(100),
  /** Plate sizes available, each with how many pairs. */
  plates: z
    .array(z.object({ weight: z.number().positive().max(100), pairs: z.int().min(1).max(20) }))
    .min(1, "Add at least one plate size")
    .max(15),
  dumbbellStep: z.number().positive().max(20),
  machineStep: z.number().positive().max(50),
});
export type TTrainingSetup = z.infer<typeof ZTrainingSetup>;

export const defaultTrainingSetup: Record<"kg" | "lb", TTrainingSetup> = {
  kg: {
    unit: "kg",
    barWeight: 20,
    plates: [25, 20, 15, 10, 5, 2.5, 1.25].map((weight) => ({ weight, pairs: weight >= 20 ? 4 : 2 })),
    dumbbellStep: 2,
    machineStep: 5,
  },
  lb: {
    unit: "lb",
    barWeight: 45,
    plates: [45, 35, 25, 10, 5, 2.5].map((weight) => ({ weight, pairs: weight === 45 ? 4 : 2 })),
    dumbbellStep: 5,
    machineStep: 10,
  },
};
