import "server-only";
import { protectedProcedure } from "@/server/api/trpc";
import { ZAdjustmentView, ZUndoRequestSchema } from "@/lib/schemas/readiness";
import { undoAdjustment } from "@/server/readiness/readiness-service";

/** Back to the full session (or the request withdrawn), before the workout starts. */
export const undoAdjustmentProcedure = protectedProcedure
  .input(ZUndoRequestSchema)
  .output(ZAdjustmentView.nullable())
  .mutation(({ ctx, input }) => undoAdjustment(ctx.user, ctx.actor, input));
