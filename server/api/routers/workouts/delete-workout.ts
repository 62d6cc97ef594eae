import "server-only";
import { z } from "zod";
import { ZSessionIdRequestSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { rebuildRecordsForExercises } from "@/server/train/set-service";
import { deleteWorkout } from "@/server/train/workout-service";

/** Deletes a whole workout and its sets (records rebuilt); deleting it again succeeds. */
export const deleteWorkoutProcedure = protectedProcedure
  .input(ZSessionIdRequestSchema)
  .output(z.object({ deleted: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const { exerciseIds } = await deleteWorkout(ctx.user, input.sessionId);
    await rebuildRecordsForExercises(ctx.user, exerciseIds);
    await recordAudit(ctx.actor, { action: "workout.delete", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return { deleted: exerciseIds.length > 0 };
  });
