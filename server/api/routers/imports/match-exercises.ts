import "server-only";
import { ZMatchExercisesRequestSchema, ZMatchExercisesResultSchema } from "@/lib/schemas/history-import";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { matchExercises } from "@/server/train/history-import-service";

/**
 * The library exercise each name of an imported workout history most likely is (or null). The names come
 * from the member's training log, which is health data: every call is audited.
 */
export const matchExercisesProcedure = protectedProcedure
  .input(ZMatchExercisesRequestSchema)
  .output(ZMatchExercisesResultSchema)
  // A mutation only so the names (up to 500) travel in a POST body, not a URL.
  .mutation(async ({ ctx, input }) => {
    const result = await matchExercises(ctx.user, input.names);
    await recordAudit(ctx.actor, {
      action: "workout.import_match",
      subjectType: "workout",
      subjectId: null,
      targetUserId: ctx.user.id,
      meta: { names: result.length, matched: result.filter((row) => row.match !== null).length },
    });
    return result;
  });
