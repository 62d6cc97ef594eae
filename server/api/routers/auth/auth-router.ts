import "server-only";
import { router } from "@/server/api/trpc";
import { meProcedure } from "./me";
import { signUpProcedure } from "./sign-up";

export const authRouter = router({ signUp: signUpProcedure, me: meProcedure });
