import "server-only";
import { Types } from "mongoose";
import type { JournalPromptId } from "@/lib/mind/journal-prompts";
import {
  ZJournalAddRequestSchema,
  ZJournalUpdateRequestSchema,
  type TJournalAddRequest,
  type TJournalEntryView,
  type TJournalPageView,
  type TJournalSearchView,
  type TJournalUpdateRequest,
} from "@/lib/schemas/mind";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { assertWritableDay, memberToday } from "@/server/nutrition/member-day";
import type { SessionUser } from "@/server/users/user-service";
import { MindJournalModel, journalTextContext, type MindJournalDoc } from "./journal-model";

type Member = Pick<SessionUser, "id">;
type StoredEntry = MindJournalDoc & { _id: string };

const ownerOf = (member: Member) => new Types.ObjectId(member.id);

/** Not deleted: every read and edit skips tombstones. */
const live = { deletedAt: { $exists: false } };
const isTombstone = (doc: StoredEntry) => doc.deletedAt != null;

/** The member's own view of an entry: the text decrypted, which only the member's own calls ever do. */
function toView(doc: StoredEntry): TJournalEntryView {
  return {
    entryId: doc._id,
    dayKey: doc.dayKey,
    prompt: doc.prompt as JournalPromptId,
    // A tombstone has no text left to show (an entry's text is never empty otherwise).
    text: isTombstone(doc) || !doc.text ? "" : fieldCipher().decrypt(doc.text as EncryptedField, journalTextContext(doc._id)),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The member's entry, or null: another member's entry, or a deleted one, is reported exactly like a missing one. */
async function ownEntry(member: Member, entryId: string): Promise<StoredEntry | null> {
  return MindJournalModel.findOne({ _id: entryId, userId: ownerOf(member), ...live }).lean<StoredEntry>();
}

/**
 * Adds an entry under the phone-made entryId. Adding the same id again (a replayed request from the
 * offline outbox) answers with the entry already stored and writes nothing. A replay that arrives after
 * the member deleted the entry finds its tombstone: it writes nothing either and answers, without an
 * error (the outbox must not show a refused write), with the entry's view and an empty text.
 */
export async function addJournalEntry(member: Member, request: TJournalAddRequest, now = new Date()): Promise<TJournalEntryView> {
  const input = ZJournalAddRequestSchema.parse(request);
  const existing = await MindJournalModel.findById(input.entryId).lean<StoredEntry>();
  if (existing) {
    if (String(existing.userId) !== member.id) throw new AppError("CONFLICT", "This entry id is already taken. Try again.");
    return toView(existing);
  }
  const { todayKey } = await memberToday(member.id, now);
  assertWritableDay(input.dayKey, todayKey);
  try {
    await MindJournalModel.create({
      _id: input.entryId,
      userId: ownerOf(member),
      dayKey: input.dayKey,
      prompt: input.prompt,
      text: fieldCipher().encrypt(input.text, journalTextContext(input.entryId)),
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    // The same add twice at once: the loser answers with what the winner stored.
    if (!isDuplicateKeyError(error)) throw error;
    return addJournalEntry(member, request, now);
  }
  const saved = await ownEntry(member, input.entryId);
  if (!saved) throw new Error(`Journal entry ${input.entryId} vanished right after it was saved`);
  return toView(saved);
}

/** Edits the member's entry; the same text and prompt again changes nothing, not even updatedAt. */
export async function updateJournalEntry(member: Member, request: TJournalUpdateRequest, now = new Date()): Promise<TJournalEntryView> {
  const input = ZJournalUpdateRequestSchema.parse(request);
  const existing = await ownEntry(member, input.entryId);
  if (!existing) throw new AppError("NOT_FOUND", "That journal entry does not exist.");
  const current = toView(existing);
  const prompt = input.prompt ?? current.prompt;
  if (current.text === input.text && current.prompt === prompt) return current;
  // Not on a tombstone: a delete that landed meanwhile wins, and no ciphertext comes back.
  await MindJournalModel.updateOne(
    { _id: input.entryId, userId: ownerOf(member), ...live },
    { $set: { prompt, text: fieldCipher().encrypt(input.text, journalTextContext(input.entryId)), updatedAt: now } },
  );
  const saved = await ownEntry(member, input.entryId);
  if (!saved) throw new AppError("NOT_FOUND", "That journal entry was deleted meanwhile.");
  return toView(saved);
}

/**
 * Deletes the member's entry: the text is removed for good and a tombstone (`deletedAt`) is left under
 * the same id, so a late replay of its add cannot revive it. Deleting it again (a replay) answers
 * deleted: false.
 */
export async function deleteJournalEntry(member: Member, entryId: string, now = new Date()): Promise<{ entryId: string; deleted: boolean }> {
  const result = await MindJournalModel.updateOne({ _id: entryId, userId: ownerOf(member), ...live }, { $unset: { text: 1 }, $set: { deletedAt: now, updatedAt: now } });
  return { entryId, deleted: result.matchedCount === 1 };
}

/** A page position: the last entry shown, as `<createdAt ms>_<entryId>`. */
const cursorOf = (doc: StoredEntry) => `${doc.createdAt.getTime()}_${doc._id}`;
function parseCursor(cursor: string): { createdAt: Date; entryId: string } {
  const match = /^(\d{1,15})_([0-9a-f-]{36})$/i.exec(cursor);
  if (!match) throw new AppError("BAD_REQUEST", "That page of the journal does not exist.");
  return { createdAt: new Date(Number(match[1])), entryId: match[2] };
}

/** One page of the member's entries, newest first (ties on createdAt by id, so pages never overlap). */
export async function listJournalEntries(member: Member, options: { cursor?: string | null; limit: number }): Promise<TJournalPageView> {
  const filter: Record<string, unknown> = { userId: ownerOf(member), ...live };
  if (options.cursor) {
    const after = parseCursor(options.cursor);
    filter.$or = [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.entryId } }];
  }
  const docs = await MindJournalModel.find(filter).sort({ createdAt: -1, _id: -1 }).limit(options.limit + 1).lean<StoredEntry[]>();
  const page = docs.slice(0, options.limit);
  return { entries: page.map(toView), nextCursor: docs.length > options.limit ? cursorOf(page[page.length - 1]) : null };
}

/**
 * Full-text search over the member's own entries, newest first. The database only holds ciphertext, so
 * it cannot search: this decrypts the member's entries here and matches case-insensitively in memory.
 * It is the one server path that reads every entry at once, which is why the router audits each call.
 */
export async function searchJournalEntries(member: Member, query: string): Promise<TJournalSearchView> {
  const needle = query.trim().toLocaleLowerCase();
  const docs = await MindJournalModel.find({ userId: ownerOf(member), ...live }).sort({ createdAt: -1, _id: -1 }).lean<StoredEntry[]>();
  const entries = docs.map(toView).filter((entry) => entry.text.toLocaleLowerCase().includes(needle));
  return { query: query.trim(), entries };
}
