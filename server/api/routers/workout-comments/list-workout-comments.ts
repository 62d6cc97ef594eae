import "server-only";
import { z } from "zod";
import { ZWorkoutCommentViewSchema, ZWorkoutCommentsRequestSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { listWorkoutComments } from "@/server/messaging/workout-comment-service";

/** The comments on a logged workout: for the member and their active trainer only (audited). */
export const listWorkoutCommentsProcedure = protectedProcedure
  .input(ZWorkoutCommentsRequestSchema)
  .output(z.array(ZWorkoutCommentViewSchema))
  .query(({ ctx, input }) => listWorkoutComments(ctx.user, ctx.actor, input.sessionId));
