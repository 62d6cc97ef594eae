import "server-only";
import { router } from "@/server/api/trpc";
import { clientInsightsProcedure } from "./client-insights";
import { dismissProcedure } from "./dismiss";
import { inboxProcedure } from "./inbox";
import { sendProcedure } from "./send";

/** A trainer's insights on their clients: per client, and the exception inbox with drafted messages. */
export const trainerInsightsRouter = router({
  clientInsights: clientInsightsProcedure,
  inbox: inboxProcedure,
  dismiss: dismissProcedure,
  send: sendProcedure,
});
