import "server-only";
import { router } from "@/server/api/trpc";
import { importWorkoutsProcedure } from "./import-workouts";
import { matchExercisesProcedure } from "./match-exercises";

/** Bringing a member's training history in from other apps (Strong, Hevy). */
export const importsRouter = router({ matchExercises: matchExercisesProcedure, importWorkouts: importWorkoutsProcedure });
