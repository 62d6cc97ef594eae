import "server-only";
import { ZThreadRequestSchema, ZThreadViewSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { readThread } from "@/server/messaging/message-service";

/** One page of a conversation (trainer: names the client; member: their trainer's), audited. */
export const readThreadProcedure = protectedProcedure
  .input(ZThreadRequestSchema)
  .output(ZThreadViewSchema)
  .query(({ ctx, input }) => readThread(ctx.user, ctx.actor, input));
