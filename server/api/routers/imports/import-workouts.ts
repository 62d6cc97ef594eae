import "server-only";
import { ZImportWorkoutsRequestSchema, ZImportWorkoutsResultSchema } from "@/lib/schemas/history-import";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { importWorkouts } from "@/server/train/history-import-service";

/**
 * Stores one batch (at most 25) of workouts parsed from a Strong or Hevy export. Idempotent: workouts
 * already imported are counted, not stored again. Training data is health data: every call is audited.
 */
export const importWorkoutsProcedure = protectedProcedure
  .input(ZImportWorkoutsRequestSchema)
  .output(ZImportWorkoutsResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await importWorkouts(ctx.user, input);
    await recordAudit(ctx.actor, {
      action: "workout.import",
      subjectType: "workout",
      subjectId: null,
      targetUserId: ctx.user.id,
      meta: { source: input.source, imported: result.imported, alreadyImported: result.alreadyImported, sets: result.sets, skippedSets: result.skippedSets },
    });
    return result;
  });
