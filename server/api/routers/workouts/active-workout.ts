import "server-only";
import { z } from "zod";
import { ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { activeWorkout } from "@/server/train/workout-service";

/** The workout in progress, if any. Training data is health data: every call is audited. */
export const activeWorkoutProcedure = protectedProcedure
  .input(z.void())
  .output(ZWorkoutSessionSchema.nullable())
  .query(async ({ ctx }) => {
    const result = await activeWorkout(ctx.user);
    await recordAudit(ctx.actor, { action: "workout.read", subjectType: "workout", subjectId: null, targetUserId: ctx.user.id });
    return result;
  });
