import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { dismissInsight } from "@/server/trainer-inbox/trainer-insights-service";
import { ZTrainerInsightActionRequestSchema, ZTrainerInsightActionResultSchema } from "@/server/trainer-inbox/trainer-insight-schemas";

/** Marks an inbox item handled without a message; it does not come back for the same key. */
export const dismissProcedure = trainerProcedure
  .input(ZTrainerInsightActionRequestSchema)
  .output(ZTrainerInsightActionResultSchema)
  .mutation(({ ctx, input }) => dismissInsight(ctx.user, ctx.actor, input));
