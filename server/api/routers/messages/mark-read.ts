import "server-only";
import { z } from "zod";
import { ZConversationRequestSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { markRead } from "@/server/messaging/message-service";

/** Marks the caller's side of the conversation read up to its newest message ("Seen" for the other side). */
export const markReadProcedure = protectedProcedure
  .input(ZConversationRequestSchema)
  .output(z.object({ lastReadAt: z.date().nullable() }))
  .mutation(({ ctx, input }) => markRead(ctx.user, ctx.actor, input.clientId));
