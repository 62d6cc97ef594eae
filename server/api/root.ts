import "server-only";
import { createCallerFactory, router } from "./trpc";
import { adminRouter } from "./routers/admin/admin-router";
import { authRouter } from "./routers/auth/auth-router";
import { exercisesRouter } from "./routers/exercises/exercises-router";
import { habitsRouter } from "./routers/habits/habits-router";
import { trainerHabitsRouter } from "./routers/trainer-habits/trainer-habits-router";
import { habitProgramsRouter } from "./routers/habit-programs/habit-programs-router";
import { programsRouter } from "./routers/programs/programs-router";
import { trainingRouter } from "./routers/training/training-router";
import { workoutsRouter } from "./routers/workouts/workouts-router";
import { profileRouter } from "./routers/profile/profile-router";
import { trainerRouter } from "./routers/trainer/trainer-router";
import { importsRouter } from "./routers/imports/imports-router";
import { pushRouter } from "./routers/push/push-router";

export const appRouter = router({
  auth: authRouter,
  profile: profileRouter,
  trainer: trainerRouter,
  admin: adminRouter,
  exercises: exercisesRouter,
  programs: programsRouter,
  workouts: workoutsRouter,
  training: trainingRouter,
  imports: importsRouter,
  habits: habitsRouter,
  push: pushRouter,
  trainerHabits: trainerHabitsRouter,
  habitPrograms: habitProgramsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
