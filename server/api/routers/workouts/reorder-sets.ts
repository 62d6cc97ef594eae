import "server-only";
import { z } from "zod";
import { ZReorderSetsRequestSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { reorderSets } from "@/server/train/set-service";

/** Puts one exercise's sets in a new order. Training data is health data: every call is audited. */
export const reorderSetsProcedure = protectedProcedure
  .input(ZReorderSetsRequestSchema)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const result = await reorderSets(ctx.user, input).then(() => ({ ok: true as const }));
    await recordAudit(ctx.actor, { action: "workout.reorder_sets", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
