import "server-only";
import { ZEntryRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { rebuildRecordsForExercises } from "@/server/train/set-service";
import { removeEntry } from "@/server/train/workout-service";

/** Removes an exercise and its sets from a workout; the records of that exercise are rebuilt. */
export const removeEntryProcedure = protectedProcedure
  .input(ZEntryRequestSchema)
  .output(ZWorkoutSessionSchema)
  .mutation(async ({ ctx, input }) => {
    const { session, exerciseId } = await removeEntry(ctx.user, input);
    if (exerciseId) await rebuildRecordsForExercises(ctx.user, [exerciseId]);
    await recordAudit(ctx.actor, { action: "workout.remove_exercise", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return session;
  });
