import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/** A field sealed by server/crypto/field-encryption.ts ({ v, kid, iv, tag, ct }). */
const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

/**
 * One conversation per trainer–client pair, ever. `_id` is `<trainerId>:<clientId>`, so creating it is
 * an insert against the primary key: two first messages at once make one conversation. The read marks
 * are not here but in `conversation_reads`, one document per side (see below).
 */
const conversationSchema = new Schema(
  {
    _id: { type: String, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: "conversations", versionKey: false },
);
conversationSchema.index({ trainerId: 1 }, { name: "trainer" });
conversationSchema.index({ clientId: 1 }, { name: "client" });

export type ConversationDoc = InferSchemaType<typeof conversationSchema>;
export type StoredConversation = ConversationDoc & { _id: string };
export const ConversationModel: Model<ConversationDoc> =
  (models.Conversation as Model<ConversationDoc>) ?? model<ConversationDoc>("Conversation", conversationSchema);

/**
 * One side's read mark in one conversation: `_id` is `<conversationId>:trainer` or
 * `<conversationId>:client`. Each side has its own document, so its only writer is that side:
 * FerretDB applies concurrent updates of one document as read-then-write, and with both marks in one
 * document a trainer's and a client's mark written at once (from two server processes) could undo
 * each other. Unread counts are derived from message times against the mark (never a counter, which
 * would drift for the same reason).
 */
const conversationReadSchema = new Schema(
  {
    _id: { type: String, required: true },
    conversationId: { type: String, required: true },
    side: { type: String, enum: ["trainer", "client"], required: true },
    /** The newest message this side has seen (its createdAt); it only moves forward. */
    lastReadAt: { type: Date, required: true },
  },
  { collection: "conversation_reads", versionKey: false },
);

export type ConversationReadDoc = InferSchemaType<typeof conversationReadSchema>;
export type StoredConversationRead = ConversationReadDoc & { _id: string };
export const ConversationReadModel: Model<ConversationReadDoc> =
  (models.ConversationRead as Model<ConversationReadDoc>) ?? model<ConversationReadDoc>("ConversationRead", conversationReadSchema);

/**
 * One text message. `_id` is `<conversationId>:<clientMessageId>` (the phone makes clientMessageId), so
 * a send retried by a flaky phone, or sent twice at once, hits the primary key and stores one message:
 * the primary key is the unique (conversationId, clientMessageId) rule. `text` is encrypted.
 */
const messageSchema = new Schema(
  {
    _id: { type: String, required: true },
    conversationId: { type: String, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: Schema.Types.ObjectId, required: true },
    senderId: { type: Schema.Types.ObjectId, required: true },
    /** Which side wrote it; unread counts look for the other side's messages. */
    senderSide: { type: String, enum: ["trainer", "client"], required: true },
    clientMessageId: { type: String, required: true },
    text: { type: encryptedFieldSchema, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: "messages", versionKey: false },
);
// Pages of one conversation, newest first, with _id breaking ties between messages of one millisecond.
messageSchema.index({ conversationId: 1, createdAt: -1, _id: -1 }, { name: "conversation_created" });
messageSchema.index({ trainerId: 1, senderSide: 1, createdAt: -1 }, { name: "trainer_side_created" });

export type MessageDoc = InferSchemaType<typeof messageSchema>;
export type StoredMessage = MessageDoc & { _id: string };
export const MessageModel: Model<MessageDoc> = (models.Message as Model<MessageDoc>) ?? model<MessageDoc>("Message", messageSchema);

/**
 * A comment on a member's logged workout, by their active trainer or by the member (a reply). `_id` is
 * `<sessionId>:<clientCommentId>`, so a retried add stores one comment. `text` is encrypted.
 */
const workoutCommentSchema = new Schema(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    memberId: { type: Schema.Types.ObjectId, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorRole: { type: String, enum: ["trainer", "member"], required: true },
    clientCommentId: { type: String, required: true },
    text: { type: encryptedFieldSchema, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: "workout_comments", versionKey: false },
);
workoutCommentSchema.index({ sessionId: 1, createdAt: 1 }, { name: "session_created" });
workoutCommentSchema.index({ memberId: 1, createdAt: -1 }, { name: "member_created" });

export type WorkoutCommentDoc = InferSchemaType<typeof workoutCommentSchema>;
export type StoredWorkoutComment = WorkoutCommentDoc & { _id: string };
export const WorkoutCommentModel: Model<WorkoutCommentDoc> =
  (models.WorkoutComment as Model<WorkoutCommentDoc>) ?? model<WorkoutCommentDoc>("WorkoutComment", workoutCommentSchema);
