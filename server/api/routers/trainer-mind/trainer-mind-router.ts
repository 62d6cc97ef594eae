import "server-only";
import { router } from "@/server/api/trpc";
import { clientMindOverviewProcedure } from "./client-mind-overview";

/** A trainer's view of a client's Mind data, always within the client's consent. */
export const trainerMindRouter = router({
  overview: clientMindOverviewProcedure,
});
