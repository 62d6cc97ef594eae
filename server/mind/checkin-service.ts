import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import { addDaysToKey } from "@/lib/dates/day-key";
import {
  ZSaveCheckInRequestSchema,
  type TCheckInHistoryView,
  type TCheckInView,
  type TSaveCheckInRequest,
  type TTodayCheckInView,
} from "@/lib/schemas/mind";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import { memberToday } from "@/server/nutrition/member-day";
import type { SessionUser } from "@/server/users/user-service";
import { MindCheckInModel, checkInNoteContext, mindCheckInId, type MindCheckInDoc } from "./mind-checkin-model";

type Member = Pick<SessionUser, "id">;
type StoredCheckIn = MindCheckInDoc & { _id: string };

/** The member's own view of a stored check-in: the note decrypted (only ever for the member themselves). */
function toView(doc: StoredCheckIn): TCheckInView {
  return {
    dayKey: doc.dayKey,
    mood: doc.mood,
    energy: doc.energy,
    stress: doc.stress,
    sleepHours: doc.sleepHours,
    sleepQuality: doc.sleepQuality,
    tags: [...(doc.tags ?? [])],
    note: doc.note ? fieldCipher().decrypt(doc.note as EncryptedField, checkInNoteContext(doc._id)) : "",
    updatedAt: doc.updatedAt,
  };
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((tag, index) => tag === b[index]);

function sameAnswers(current: TCheckInView, input: z.output<typeof ZSaveCheckInRequestSchema>): boolean {
  return (
    current.mood === input.mood &&
    current.energy === input.energy &&
    current.stress === input.stress &&
    current.sleepHours === input.sleepHours &&
    current.sleepQuality === input.sleepQuality &&
    sameTags(current.tags, input.tags) &&
    current.note === input.note
  );
}

/**
 * Saves today's check-in (one per member-local day). It can be edited all day, but a day that is over
 * stays as it was recorded: how someone felt is not rewritten afterwards. The one exception is a
 * check-in for yesterday when yesterday has none: made offline late in the evening and sent after
 * midnight, it lands on its own day instead of being lost. Any other day is refused.
 * Saving the same answers again (a replayed request) changes nothing, not even updatedAt.
 */
export async function saveCheckIn(member: Member, request: TSaveCheckInRequest, now = new Date()): Promise<TCheckInView> {
  const input = ZSaveCheckInRequestSchema.parse(request);
  const { todayKey } = await memberToday(member.id, now);
  const lateForYesterday = input.dayKey === addDaysToKey(todayKey, -1);
  if (input.dayKey !== todayKey && !lateForYesterday) throw new AppError("BAD_REQUEST", "You can only check in for today.");
  const dayKey = input.dayKey;
  const _id = mindCheckInId(member.id, dayKey);

  const existing = await MindCheckInModel.findById(_id).lean<StoredCheckIn>();
  if (existing && lateForYesterday) {
    // A replay of the late check-in itself is answered as stored; a change to a finished day is not.
    const stored = toView(existing);
    if (sameAnswers(stored, input)) return stored;
    throw new AppError("BAD_REQUEST", "Yesterday's check-in is already recorded. You can only change today's.");
  }
  if (existing) {
    const current = toView(existing);
    if (sameAnswers(current, input)) return current;
  }

  const update = {
    $set: {
      userId: new Types.ObjectId(member.id),
      dayKey,
      mood: input.mood,
      energy: input.energy,
      stress: input.stress,
      sleepHours: input.sleepHours,
      sleepQuality: input.sleepQuality,
      tags: input.tags,
      note: input.note ? fieldCipher().encrypt(input.note, checkInNoteContext(_id)) : null,
      updatedAt: now,
    },
  };
  try {
    await MindCheckInModel.updateOne({ _id }, update, { upsert: true });
  } catch (error) {
    // Two first saves of the day at once: both upserts insert, one loses on the key and updates instead.
    if (!isDuplicateKeyError(error)) throw error;
    await MindCheckInModel.updateOne({ _id }, update);
  }
  const saved = await MindCheckInModel.findById(_id).lean<StoredCheckIn>();
  if (!saved) throw new Error(`Check-in ${_id} vanished right after it was saved`);
  await insightsAfterWrite(member.id, { dayKeys: [dayKey], reason: "check-in" });
  return toView(saved);
}

/** Today's check-in, if the member has made it. */
export async function todayCheckIn(member: Member, now = new Date()): Promise<TTodayCheckInView> {
  const { todayKey } = await memberToday(member.id, now);
  const doc = await MindCheckInModel.findById(mindCheckInId(member.id, todayKey)).lean<StoredCheckIn>();
  return { todayKey, checkIn: doc ? toView(doc) : null };
}

/** The member's check-ins over the last `days` days (today included), oldest first. */
export async function checkInHistory(member: Member, days: number, now = new Date()): Promise<TCheckInHistoryView> {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new AppError("BAD_REQUEST", "Show 1 to 366 days.");
  const { todayKey } = await memberToday(member.id, now);
  const fromDayKey = addDaysToKey(todayKey, 1 - days);
  const docs = await MindCheckInModel.find({ userId: new Types.ObjectId(member.id), dayKey: { $gte: fromDayKey, $lte: todayKey } }).lean<StoredCheckIn[]>();
  const checkIns = docs.sort((a, b) => a.dayKey.localeCompare(b.dayKey)).map(toView);
  return { todayKey, fromDayKey, checkIns };
}
