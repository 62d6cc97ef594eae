import "server-only";
import { z } from "zod";
import { ZExerciseSchema, ZExerciseSearchRequestSchema } from "@/lib/schemas/exercise";
import { protectedProcedure } from "@/server/api/trpc";
import { searchExercises } from "@/server/train/exercise-service";

/** The library the caller sees (catalog, imports, their own and shared exercises), by name or alias. */
export const searchExercisesProcedure = protectedProcedure
  .input(ZExerciseSearchRequestSchema)
  .output(z.array(ZExerciseSchema))
  .query(({ ctx, input }) => searchExercises(ctx.user, input));
