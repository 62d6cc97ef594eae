import "server-only";
import { ZCustomExerciseRequestSchema, ZExerciseSchema } from "@/lib/schemas/exercise";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { createCustomExercise } from "@/server/train/exercise-service";

/** A custom exercise: private to a member, or (trainers) shared with their clients. */
export const createExerciseProcedure = protectedProcedure
  .input(ZCustomExerciseRequestSchema)
  .output(ZExerciseSchema)
  .mutation(async ({ ctx, input }) => {
    const exercise = await createCustomExercise(ctx.user, input);
    await recordAudit(ctx.actor, { action: "exercise.create", subjectType: "exercise", subjectId: exercise.id, meta: { visibility: exercise.visibility } });
    return exercise;
  });
