import "server-only";
import { ZClientDetailSchema, ZClientIdRequestSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { clientDetail } from "@/server/coaching/client-detail-service";

/** One active client: profile basics, program and upcoming days, recent workouts, habits (audited). */
export const detailProcedure = trainerProcedure
  .input(ZClientIdRequestSchema)
  .output(ZClientDetailSchema)
  .query(({ ctx, input }) => clientDetail(ctx.user, ctx.actor, input.clientId));
