import "server-only";
import { z } from "zod";
import { ZSetIdRequestSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { deleteSet } from "@/server/train/set-service";

/** Deletes a set (a replayed delete succeeds and changes nothing). Training data is health data: every call is audited. */
export const deleteSetProcedure = protectedProcedure
  .input(ZSetIdRequestSchema)
  .output(z.object({ deleted: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const result = await deleteSet(ctx.user, input.setId);
    await recordAudit(ctx.actor, { action: "workout.delete_set", subjectType: "workout", subjectId: input.setId, targetUserId: ctx.user.id });
    return result;
  });
