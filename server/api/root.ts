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
import { coachingRouter } from "./routers/coaching/coaching-router";
import { trainerInvitationsRouter } from "./routers/trainer-invitations/trainer-invitations-router";
import { trainerProgramsRouter } from "./routers/trainer-programs/trainer-programs-router";
import { messagesRouter } from "./routers/messages/messages-router";
import { workoutCommentsRouter } from "./routers/workout-comments/workout-comments-router";
import { trainerClientsRouter } from "./routers/trainer-clients/trainer-clients-router";
import { foodsRouter } from "./routers/foods/foods-router";
import { diaryRouter } from "./routers/diary/diary-router";
import { bodyWeightRouter } from "./routers/body-weight/body-weight-router";
import { nutritionTargetsRouter } from "./routers/nutrition-targets/nutrition-targets-router";
import { trainerNutritionRouter } from "./routers/trainer-nutrition/trainer-nutrition-router";
import { mindRouter } from "./routers/mind/mind-router";
import { trainerMindRouter } from "./routers/trainer-mind/trainer-mind-router";
import { progressRouter } from "./routers/progress/progress-router";
import { bodyRouter } from "./routers/body/body-router";
import { insightsRouter } from "./routers/insights/insights-router";
import { trainerInsightsRouter } from "./routers/trainer-insights/trainer-insights-router";
import { readinessRouter } from "./routers/readiness/readiness-router";

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
  coaching: coachingRouter,
  trainerInvitations: trainerInvitationsRouter,
  trainerHabits: trainerHabitsRouter,
  habitPrograms: habitProgramsRouter,
  trainerPrograms: trainerProgramsRouter,
  messages: messagesRouter,
  workoutComments: workoutCommentsRouter,
  trainerClients: trainerClientsRouter,
  foods: foodsRouter,
  diary: diaryRouter,
  bodyWeight: bodyWeightRouter,
  nutritionTargets: nutritionTargetsRouter,
  trainerNutrition: trainerNutritionRouter,
  mind: mindRouter,
  trainerMind: trainerMindRouter,
  progress: progressRouter,
  body: bodyRouter,
  insights: insightsRouter,
  trainerInsights: trainerInsightsRouter,
  readiness: readinessRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
