import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { sendInsightMessage } from "@/server/trainer-inbox/trainer-insights-service";
import { ZTrainerInsightActionResultSchema, ZTrainerInsightSendRequestSchema } from "@/server/trainer-inbox/trainer-insight-schemas";

/** Sends the (edited) drafted message into the client's conversation, once, and marks the item handled. */
export const sendProcedure = trainerProcedure
  .input(ZTrainerInsightSendRequestSchema)
  .output(ZTrainerInsightActionResultSchema)
  .mutation(({ ctx, input }) => sendInsightMessage(ctx.user, ctx.actor, input));
