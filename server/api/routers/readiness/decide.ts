import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { ZDecideRequestSchema, ZTrainerAdjustmentView } from "@/lib/schemas/readiness";
import { decideAdjustment } from "@/server/readiness/readiness-service";

/** The trainer approves or declines a client's reduced session for the client's today. Own clients only. */
export const decideAdjustmentProcedure = trainerProcedure
  .input(ZDecideRequestSchema)
  .output(ZTrainerAdjustmentView)
  .mutation(({ ctx, input }) => decideAdjustment(ctx.user, ctx.actor, input));
