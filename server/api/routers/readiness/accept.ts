import "server-only";
import { protectedProcedure } from "@/server/api/trpc";
import { ZAcceptRequestSchema, ZAdjustmentView } from "@/lib/schemas/readiness";
import { acceptAdjustment } from "@/server/readiness/readiness-service";

/** The caller takes the lighter version of today's session (idempotent; pending when their trainer requires approval). */
export const acceptAdjustmentProcedure = protectedProcedure
  .input(ZAcceptRequestSchema)
  .output(ZAdjustmentView)
  .mutation(({ ctx, input }) => acceptAdjustment(ctx.user, ctx.actor, input));
