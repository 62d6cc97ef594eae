import "server-only";
import { ZAddWorkoutCommentRequestSchema, ZWorkoutCommentViewSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { addWorkoutComment } from "@/server/messaging/workout-comment-service";

/** The trainer comments on a client's workout, or the member replies; idempotent by clientCommentId. */
export const addWorkoutCommentProcedure = protectedProcedure
  .input(ZAddWorkoutCommentRequestSchema)
  .output(ZWorkoutCommentViewSchema)
  .mutation(({ ctx, input }) => addWorkoutComment(ctx.user, ctx.actor, input));
