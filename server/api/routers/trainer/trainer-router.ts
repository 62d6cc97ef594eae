import "server-only";
import { router } from "@/server/api/trpc";
import { overviewProcedure } from "./overview";

/** Procedures for trainers (and admins). Every one is built on trainerProcedure. */
export const trainerRouter = router({ overview: overviewProcedure });
