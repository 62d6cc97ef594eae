import "server-only";
import { createCallerFactory, router } from "./trpc";
import { adminRouter } from "./routers/admin/admin-router";
import { authRouter } from "./routers/auth/auth-router";
import { profileRouter } from "./routers/profile/profile-router";
import { trainerRouter } from "./routers/trainer/trainer-router";

export const appRouter = router({
  auth: authRouter,
  profile: profileRouter,
  trainer: trainerRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
