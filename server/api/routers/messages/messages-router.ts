import "server-only";
import { router } from "@/server/api/trpc";
import { listConversationsProcedure } from "./list-conversations";
import { markReadProcedure } from "./mark-read";
import { readThreadProcedure } from "./read-thread";
import { sendMessageProcedure } from "./send-message";
import { unreadCountProcedure } from "./unread-count";

/**
 * Trainer–client messaging. Signed-in callers of either role; the service decides the pair: a trainer
 * names an active client, a member talks to their active trainer, everyone else is refused.
 */
export const messagesRouter = router({
  conversations: listConversationsProcedure,
  thread: readThreadProcedure,
  send: sendMessageProcedure,
  markRead: markReadProcedure,
  unreadCount: unreadCountProcedure,
});
