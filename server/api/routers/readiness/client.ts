import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { ZClientReadinessView, ZClientRequestSchema } from "@/lib/schemas/readiness";
import { clientReadiness } from "@/server/readiness/readiness-service";

/** One client's approval policy and today's readiness adjustment. Own clients only. */
export const clientReadinessProcedure = trainerProcedure
  .input(ZClientRequestSchema)
  .output(ZClientReadinessView)
  .query(({ ctx, input }) => clientReadiness(ctx.user, ctx.actor, input.clientId));
