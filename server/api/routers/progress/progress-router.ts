import "server-only";
import { router } from "@/server/api/trpc";
import { overviewProcedure } from "./overview";

/** Progress analytics for the signed-in member: chart series per domain and range. */
export const progressRouter = router({ overview: overviewProcedure });
