import "server-only";
import { z } from "zod";
import { ZHistoryRequestSchema, ZSessionSummarySchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { listWorkouts } from "@/server/train/workout-service";

/** Past workouts, newest first, a page at a time. Training data is health data: every call is audited. */
export const listWorkoutsProcedure = protectedProcedure
  .input(ZHistoryRequestSchema)
  .output(z.array(ZSessionSummarySchema))
  .query(async ({ ctx, input }) => {
    const result = await listWorkouts(ctx.user, input);
    await recordAudit(ctx.actor, { action: "workout.list", subjectType: "workout", subjectId: null, targetUserId: ctx.user.id });
    return result;
  });
