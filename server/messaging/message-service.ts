import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import type { TConversationSummary, TMessageView, TThreadView, TUnreadCount, ZSendMessageRequestSchema, ZThreadRequestSchema } from "@/lib/schemas/messaging";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { activeClientIds } from "@/server/coaching/coaching-service";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { activeTrainerOf, conversationIdOf, resolvePair, type Pair } from "./conversation-access";
import { messagePushPayload, notifyInBackground } from "./message-push";
import { ConversationModel, ConversationReadModel, MessageModel, type StoredConversationRead, type StoredMessage } from "./messaging-models";

// Trainer–client messages. Every call first resolves the pair (conversation-access.ts); text is
// encrypted at rest, bound to its message; reads and sends are audited (ids only, never text).

type Caller = Pick<SessionUser, "id" | "role">;

const PREVIEW_CHARS = 80;
const textContext = (messageId: string) => `messages:${messageId}:text`;
const oid = (id: string) => new Types.ObjectId(id);

/** Creates the pair's conversation if it is not there yet (an insert against the primary key). */
async function ensureConversation(pair: Pair): Promise<void> {
  if (await ConversationModel.exists({ _id: pair.conversationId })) return;
  try {
    await ConversationModel.create({ _id: pair.conversationId, trainerId: oid(pair.trainerId), clientId: oid(pair.clientId), createdAt: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

type Side = "trainer" | "client";
const otherSideOf = (side: Side): Side => (side === "trainer" ? "client" : "trainer");
/** The `_id` of one side's read mark in `conversation_reads`. */
const readMarkId = (conversationId: string, side: Side) => `${conversationId}:${side}`;

/** One side's read mark (a primary-key read), or null when it has read nothing yet. */
async function lastReadOf(conversationId: string, side: Side): Promise<Date | null> {
  const mark = (await ConversationReadModel.findById(readMarkId(conversationId, side)).lean()) as StoredConversationRead | null;
  return mark?.lastReadAt ?? null;
}

function toView(doc: StoredMessage, meId: string, otherLastReadAt: Date | null): TMessageView {
  return {
    id: doc._id,
    senderId: String(doc.senderId),
    mine: String(doc.senderId) === meId,
    text: fieldCipher().decrypt(doc.text as EncryptedField, textContext(doc._id)),
    createdAt: doc.createdAt,
    readByOther: otherLastReadAt !== null && otherLastReadAt.getTime() >= doc.createdAt.getTime(),
  };
}

async function namesOf(ids: string[]): Promise<Map<string, string>> {
  const users = await UserModel.find({ _id: { $in: ids.map(oid) } }).select({ name: 1, email: 1 }).lean();
  return new Map(users.map((user) => [String(user._id), user.name?.trim() || user.email]));
}

const encodeCursor = (doc: { createdAt: Date; _id: string }) => `${doc.createdAt.getTime()}_${doc._id}`;
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15})_(.+)$/.exec(cursor);
  if (!match) throw new AppError("BAD_REQUEST", "This page link is not valid any more. Reload the conversation.");
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

/** One page of the conversation, newest first; `cursor` continues with older messages. */
export async function readThread(caller: Caller, auditActor: AuditActor, request: z.output<typeof ZThreadRequestSchema>): Promise<TThreadView> {
  const pair = await resolvePair(caller, auditActor, request.clientId);
  const filter: Record<string, unknown> = { conversationId: pair.conversationId };
  if (request.cursor) {
    const { createdAt, id } = decodeCursor(request.cursor);
    filter.$or = [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: id } }];
  }
  const [otherLastRead, rows, names] = await Promise.all([
    lastReadOf(pair.conversationId, otherSideOf(pair.side)),
    MessageModel.find(filter).sort({ createdAt: -1, _id: -1 }).limit(request.limit + 1).lean() as Promise<StoredMessage[]>,
    namesOf([pair.meId, pair.otherId]),
  ]);
  const page = rows.slice(0, request.limit);
  await recordAudit(auditActor, { action: "message.read", subjectType: "conversation", subjectId: pair.conversationId, targetUserId: pair.clientId, meta: { count: page.length } });
  return {
    conversationId: pair.conversationId,
    me: { id: pair.meId, name: names.get(pair.meId) ?? "" },
    other: { id: pair.otherId, name: names.get(pair.otherId) ?? "" },
    messages: page.map((doc) => toView(doc, pair.meId, otherLastRead)),
    nextCursor: rows.length > request.limit ? encodeCursor(page.at(-1)!) : null,
  };
}

/**
 * Stores a message once however often the phone sends it (the id is the pair and the phone's
 * clientMessageId), then notifies the other side by push in the background. A replay returns the
 * stored message and notifies nobody again.
 */
export async function sendMessage(caller: Caller, auditActor: AuditActor, request: z.output<typeof ZSendMessageRequestSchema>): Promise<TMessageView & { replayed: boolean }> {
  const pair = await resolvePair(caller, auditActor, request.clientId);
  await ensureConversation(pair);
  const _id = `${pair.conversationId}:${request.clientMessageId}`;
  let replayed = false;
  let doc = (await MessageModel.findById(_id).lean()) as StoredMessage | null;
  if (!doc) {
    const fresh = {
      _id,
      conversationId: pair.conversationId,
      trainerId: oid(pair.trainerId),
      clientId: oid(pair.clientId),
      senderId: oid(pair.meId),
      senderSide: pair.side,
      clientMessageId: request.clientMessageId,
      text: fieldCipher().encrypt(request.text, textContext(_id)),
      createdAt: new Date(),
    };
    try {
      await MessageModel.create(fresh);
      doc = fresh as unknown as StoredMessage;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      doc = (await MessageModel.findById(_id).lean()) as StoredMessage | null;
      replayed = true;
    }
  } else {
    replayed = true;
  }
  // The other side of the pair reusing this id (only a forged request can): it is theirs, not ours.
  if (!doc || String(doc.senderId) !== pair.meId) throw new AppError("CONFLICT", "This message id is already taken. Send it again.");
  await recordAudit(auditActor, { action: "message.send", subjectType: "message", subjectId: _id, targetUserId: pair.clientId, meta: { replayed } });
  const view = toView(doc, pair.meId, await lastReadOf(pair.conversationId, otherSideOf(pair.side)));
  if (!replayed) {
    const senderName = (await namesOf([pair.meId])).get(pair.meId) ?? "Character Coach";
    const url = pair.side === "trainer" ? "/messages" : `/trainer/messages/${pair.clientId}`;
    notifyInBackground(pair.otherId, messagePushPayload({ senderName, text: request.text, url, conversationId: pair.conversationId }));
  }
  return { ...view, replayed };
}

/**
 * Marks the conversation read up to its newest message, for the caller's side only; the mark only
 * moves forward. Each side's mark is its own document (`conversation_reads`), so the other side's
 * writes never touch it. Its one writer may still mark from two tabs at once: the write is created
 * once (an insert against the primary key), then moved forward only past an older value, one at a
 * time in this process (FerretDB applies concurrent updates as read-then-write).
 */
export async function markRead(caller: Caller, auditActor: AuditActor, clientId: string | undefined): Promise<{ lastReadAt: Date | null }> {
  const pair = await resolvePair(caller, auditActor, clientId);
  const newest = (await MessageModel.findOne({ conversationId: pair.conversationId }).sort({ createdAt: -1, _id: -1 }).select({ createdAt: 1 }).lean()) as { createdAt: Date } | null;
  if (!newest) return { lastReadAt: null };
  const _id = readMarkId(pair.conversationId, pair.side);
  await oneAtATime(`conversation-read:${_id}`, async () => {
    const current = await lastReadOf(pair.conversationId, pair.side);
    if (current && current.getTime() >= newest.createdAt.getTime()) return;
    if (!current) {
      try {
        await ConversationReadModel.create({ _id, conversationId: pair.conversationId, side: pair.side, lastReadAt: newest.createdAt });
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    await ConversationReadModel.updateOne({ _id, lastReadAt: { $lt: newest.createdAt } }, { $set: { lastReadAt: newest.createdAt } });
  });
  return { lastReadAt: await lastReadOf(pair.conversationId, pair.side) };
}

/** Unread messages from the other side, per conversation: messages newer than the side's read mark. */
async function unreadByConversation(conversationIds: string[], side: Side): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (conversationIds.length === 0) return counts;
  // The side's marks by primary key (the one index FerretDB uses).
  const reads = (await ConversationReadModel.find({ _id: { $in: conversationIds.map((id) => readMarkId(id, side)) } }).lean()) as StoredConversationRead[];
  const marks = new Map(reads.map((read) => [read.conversationId, read.lastReadAt.getTime()]));
  const from = Math.min(...conversationIds.map((id) => marks.get(id) ?? 0));
  const fromSide = otherSideOf(side);
  const rows = await MessageModel.find({ conversationId: { $in: conversationIds }, senderSide: fromSide, createdAt: { $gt: new Date(from) } }).select({ conversationId: 1, createdAt: 1 }).lean();
  for (const row of rows) {
    if (row.createdAt.getTime() > (marks.get(row.conversationId) ?? 0)) counts.set(row.conversationId, (counts.get(row.conversationId) ?? 0) + 1);
  }
  return counts;
}

/** Unread messages for the badge: a member's from their trainer; a trainer's from all active clients. */
export async function unreadCount(caller: Caller): Promise<TUnreadCount> {
  if (caller.role === "member") {
    const trainerId = await activeTrainerOf(caller.id);
    if (!trainerId) return { total: 0, byClient: [] };
    const id = conversationIdOf(trainerId, caller.id);
    return { total: (await unreadByConversation([id], "client")).get(id) ?? 0, byClient: [] };
  }
  const clientIds = await activeClientIds(caller.id);
  const counts = await unreadByConversation(clientIds.map((clientId) => conversationIdOf(caller.id, clientId)), "trainer");
  const byClient = clientIds.map((clientId) => ({ clientId, unread: counts.get(conversationIdOf(caller.id, clientId)) ?? 0 })).filter((row) => row.unread > 0);
  return { total: byClient.reduce((sum, row) => sum + row.unread, 0), byClient };
}

/**
 * The caller's conversations: a trainer's with each active client (including clients never written
 * to), a member's with their trainer (none without one). Newest activity first, with a preview.
 */
export async function listConversations(caller: Caller, auditActor: AuditActor): Promise<TConversationSummary[]> {
  const side = caller.role === "member" ? "client" : "trainer";
  let pairs: { trainerId: string; clientId: string }[];
  if (side === "client") {
    const trainerId = await activeTrainerOf(caller.id);
    pairs = trainerId ? [{ trainerId, clientId: caller.id }] : [];
  } else {
    pairs = (await activeClientIds(caller.id)).map((clientId) => ({ trainerId: caller.id, clientId }));
  }
  if (pairs.length === 0) return [];
  const ids = pairs.map((pair) => conversationIdOf(pair.trainerId, pair.clientId));
  // Only conversations that exist have a last message to look up (most of a big roster may have none).
  const existing = new Set((await ConversationModel.find({ _id: { $in: ids } }).select({ _id: 1 }).lean()).map((row) => String(row._id)));
  const lastOf = (conversationId: string) =>
    existing.has(conversationId) ? (MessageModel.findOne({ conversationId }).sort({ createdAt: -1, _id: -1 }).lean() as Promise<StoredMessage | null>) : Promise.resolve(null);
  const [counts, names, lasts] = await Promise.all([
    unreadByConversation(ids, side),
    namesOf(pairs.map((pair) => (side === "trainer" ? pair.clientId : pair.trainerId))),
    Promise.all(ids.map(lastOf)),
  ]);
  await recordAudit(auditActor, { action: "message.list", subjectType: "conversation", subjectId: null, targetUserId: side === "client" ? caller.id : null, meta: { count: pairs.length } });
  const summaries = pairs.map((pair, index): TConversationSummary => {
    const last = lasts[index];
    const text = last ? fieldCipher().decrypt(last.text as EncryptedField, textContext(last._id)).replace(/\s+/g, " ").trim() : "";
    return {
      conversationId: ids[index],
      clientId: pair.clientId,
      trainerId: pair.trainerId,
      name: names.get(side === "trainer" ? pair.clientId : pair.trainerId) ?? "",
      unread: counts.get(ids[index]) ?? 0,
      lastMessage: last ? { preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text, mine: String(last.senderId) === caller.id, createdAt: last.createdAt } : null,
    };
  });
  return summaries.sort((a, b) => (b.lastMessage?.createdAt.getTime() ?? 0) - (a.lastMessage?.createdAt.getTime() ?? 0) || a.name.localeCompare(b.name));
}
