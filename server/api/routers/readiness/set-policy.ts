import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { ZPolicyView, ZSetPolicyRequestSchema } from "@/lib/schemas/readiness";
import { setReadinessPolicy } from "@/server/readiness/readiness-service";

/** The trainer sets whether this client's reduced sessions need their approval. Own clients only. */
export const setPolicyProcedure = trainerProcedure
  .input(ZSetPolicyRequestSchema)
  .output(ZPolicyView)
  .mutation(({ ctx, input }) => setReadinessPolicy(ctx.user, ctx.actor, input));
