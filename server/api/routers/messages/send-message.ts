import "server-only";
import { z } from "zod";
import { ZMessageViewSchema, ZSendMessageRequestSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { sendMessage } from "@/server/messaging/message-service";

/** Sends a message to the other side of the pair; idempotent by clientMessageId; pushes to them. */
export const sendMessageProcedure = protectedProcedure
  .input(ZSendMessageRequestSchema)
  .output(ZMessageViewSchema.extend({ replayed: z.boolean() }))
  .mutation(({ ctx, input }) => sendMessage(ctx.user, ctx.actor, input));
