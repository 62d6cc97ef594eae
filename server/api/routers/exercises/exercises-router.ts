import "server-only";
import { router } from "@/server/api/trpc";
import { createExerciseProcedure } from "./create-exercise";
import { searchExercisesProcedure } from "./search-exercises";

export const exercisesRouter = router({ search: searchExercisesProcedure, create: createExerciseProcedure });
