import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { clientInsights } from "@/server/trainer-inbox/trainer-insights-service";
import { ZTrainerClientInsightsRequestSchema, ZTrainerClientInsightsSchema } from "@/server/trainer-inbox/trainer-insight-schemas";

/**
 * One client's insights for their trainer: a neutral view with the numbers and a drafted message each,
 * Mind-derived ones only within the client's current consent. Every read is audited for the client.
 */
export const clientInsightsProcedure = trainerProcedure
  .input(ZTrainerClientInsightsRequestSchema)
  .output(ZTrainerClientInsightsSchema)
  .query(({ ctx, input }) => clientInsights(ctx.user, ctx.actor, input.clientId));
