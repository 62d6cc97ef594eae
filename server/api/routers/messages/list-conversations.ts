import "server-only";
import { z } from "zod";
import { ZConversationSummarySchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { listConversations } from "@/server/messaging/message-service";

/** A trainer's conversations with each active client, or a member's with their trainer (audited). */
export const listConversationsProcedure = protectedProcedure
  .output(z.array(ZConversationSummarySchema))
  .query(({ ctx }) => listConversations(ctx.user, ctx.actor));
