import "server-only";
import { ZUnreadCountSchema } from "@/lib/schemas/messaging";
import { protectedProcedure } from "@/server/api/trpc";
import { unreadCount } from "@/server/messaging/message-service";

/**
 * Unread messages for the app's badge. Counts only, no text, and polled every 30 s: not audited (the
 * reads that show text are).
 */
export const unreadCountProcedure = protectedProcedure.output(ZUnreadCountSchema).query(({ ctx }) => unreadCount(ctx.user));
