import { z } from "zod";
import { ZObjectId } from "./program";

// Messages between a trainer and one client, and comments on a client's logged workout. Inputs name
// the client only on the trainer's side (a member has one trainer, so their calls name nobody); every
// service call checks the pair before it reads or stores anything.

export const MESSAGE_MAX_LENGTH = 4000;
export const COMMENT_MAX_LENGTH = 2000;
export const MESSAGE_PAGE_MAX = 50;

/** Trimmed, non-empty free text of at most `max` characters. */
const text = (max: number) => z.string().trim().min(1, "Write something first.").max(max, `At most ${max} characters.`);
/** A phone-made id for an idempotent write (a UUID, or any short token without spaces). */
const ZClientToken = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Unknown id");

/** The trainer names the client; a member names nobody (their active trainer is the other side). */
export const ZConversationRequestSchema = z.object({ clientId: ZObjectId.optional() });

export const ZThreadRequestSchema = z.object({
  clientId: ZObjectId.optional(),
  /** From the previous page's `nextCursor`: messages strictly older than it. */
  cursor: z.string().max(120).nullish(),
  limit: z.int().min(1).max(MESSAGE_PAGE_MAX).default(MESSAGE_PAGE_MAX),
});

export const ZSendMessageRequestSchema = z.object({
  clientId: ZObjectId.optional(),
  text: text(MESSAGE_MAX_LENGTH),
  clientMessageId: ZClientToken,
});

export const ZMessageViewSchema = z.object({
  id: z.string(),
  senderId: z.string(),
  mine: z.boolean(),
  text: z.string(),
  createdAt: z.date(),
  /** The other side has read the conversation up to (at least) this message: "Seen". */
  readByOther: z.boolean(),
});
export type TMessageView = z.infer<typeof ZMessageViewSchema>;

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZThreadViewSchema = z.object({
  conversationId: z.string(),
  me: ZPerson,
  other: ZPerson,
  /** Newest first (the page order); screens show them oldest at the top. */
  messages: z.array(ZMessageViewSchema),
  /** Pass as `cursor` for the page before this one; null when this page reaches the first message. */
  nextCursor: z.string().nullable(),
});
export type TThreadView = z.infer<typeof ZThreadViewSchema>;

export const ZConversationSummarySchema = z.object({
  conversationId: z.string(),
  clientId: z.string(),
  trainerId: z.string(),
  /** The other side's name. */
  name: z.string(),
  unread: z.int(),
  lastMessage: z.object({ preview: z.string(), mine: z.boolean(), createdAt: z.date() }).nullable(),
});
export type TConversationSummary = z.infer<typeof ZConversationSummarySchema>;

export const ZUnreadCountSchema = z.object({
  total: z.int(),
  /** Trainer side: unread per client (clients with none are left out); empty for members. */
  byClient: z.array(z.object({ clientId: z.string(), unread: z.int() })),
});
export type TUnreadCount = z.infer<typeof ZUnreadCountSchema>;

export const ZWorkoutCommentsRequestSchema = z.object({ sessionId: z.string().min(1).max(64) });
export const ZAddWorkoutCommentRequestSchema = z.object({
  sessionId: z.string().min(1).max(64),
  text: text(COMMENT_MAX_LENGTH),
  clientCommentId: ZClientToken,
});

export const ZWorkoutCommentViewSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  authorRole: z.enum(["trainer", "member"]),
  mine: z.boolean(),
  text: z.string(),
  createdAt: z.date(),
});
export type TWorkoutCommentView = z.infer<typeof ZWorkoutCommentViewSchema>;
