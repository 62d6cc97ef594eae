import "server-only";
import { router } from "@/server/api/trpc";
import { mineProcedure } from "./mine";
import { refreshProcedure } from "./refresh";

/** The signed-in member's coaching insights: read, refresh (enqueued, returns at once). */
export const insightsRouter = router({
  mine: mineProcedure,
  refresh: refreshProcedure,
});
