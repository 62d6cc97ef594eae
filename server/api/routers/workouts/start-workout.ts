import "server-only";
import { z } from "zod";
import { ZStartWorkoutRequestSchema, ZWorkoutSessionSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { startWorkout } from "@/server/train/workout-service";

/** Starts a free-form workout or a program day. Idempotent on the client-made session id. Training data is health data: every call is audited. */
export const startWorkoutProcedure = protectedProcedure
  .input(ZStartWorkoutRequestSchema)
  .output(z.object({ session: ZWorkoutSessionSchema, replayed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const result = await startWorkout(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "workout.start", subjectType: "workout", subjectId: input.sessionId, targetUserId: ctx.user.id });
    return result;
  });
