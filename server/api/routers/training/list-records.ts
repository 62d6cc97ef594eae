import "server-only";
import { z } from "zod";
import { ZExerciseId } from "@/lib/schemas/program";
import { ZExerciseRecordsSchema } from "@/lib/schemas/records";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { findVisibleExercises } from "@/server/train/exercise-service";
import { listRecords } from "@/server/train/record-service";

/** The caller's personal records, per exercise (all, or one). */
export const listRecordsProcedure = protectedProcedure
  .input(z.object({ exerciseId: ZExerciseId.optional() }))
  .output(z.array(ZExerciseRecordsSchema))
  .query(async ({ ctx, input }) => {
    const records = await listRecords(ctx.user.id, input.exerciseId);
    const exercises = await findVisibleExercises(ctx.user, records.map((record) => record.exerciseId));
    await recordAudit(ctx.actor, { action: "workout.records_read", subjectType: "workout", subjectId: input.exerciseId ?? null, targetUserId: ctx.user.id });
    return records
      .filter((record) => exercises.has(record.exerciseId))
      .map(({ exerciseId, updatedAt, book }) => {
        const exercise = exercises.get(exerciseId)!;
        return {
          exercise: { id: exercise.id, name: exercise.name, equipment: exercise.equipment, measurement: exercise.measurement, primaryMuscles: exercise.primaryMuscles },
          updatedAt,
          heaviest: book.heaviest ?? null,
          bestE1rm: book.bestE1rm ?? null,
          bestVolume: book.bestVolume ?? null,
          mostReps: book.mostReps ?? null,
          longestDuration: book.longestDuration ?? null,
          longestDistance: book.longestDistance ?? null,
          repsAtLoad: book.repsAtLoad,
        };
      });
  });
