import "server-only";
import { Types } from "mongoose";
import { addDaysToKey } from "@/lib/dates/day-key";
import type { SharingLevel } from "@/lib/mind/sharing";
import { windowAverages, wellbeingTrend } from "@/lib/mind/wellbeing-trend";
import type { TMindAccessLogView, TSharingView, TTrainerMindOverview } from "@/lib/schemas/mind";
import { AuditEventModel } from "@/server/audit/audit-model";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { memberToday } from "@/server/nutrition/member-day";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { MindCheckInModel } from "./mind-checkin-model";
import { MindSettingsModel } from "./screener-settings-model";

type Member = Pick<SessionUser, "id">;

/** The audit action of a trainer's read of a client's Mind data: the member's access log is built from it. */
export const TRAINER_READ_ACTION = "mind.trainer_read";
const ACCESS_LOG_LIMIT = 200;

/** The member's current consent and its history, newest first. A member who never chose shares nothing. */
export async function sharingSettings(member: Member): Promise<TSharingView> {
  const doc = await MindSettingsModel.findById(member.id).lean();
  const log = (doc?.sharingLog ?? []).map((change) => ({ at: change.at, from: change.from as SharingLevel, to: change.to as SharingLevel }));
  return { level: (doc?.sharing as SharingLevel | undefined) ?? "none", log: log.reverse() };
}

/** The levels a stored document may show for `level`: settings saved before sharing existed have no field, which is "none". */
const storedAs = (level: SharingLevel): (SharingLevel | null)[] => (level === "none" ? ["none", null] : [level]);

/**
 * Sets the member's consent. It is read fresh on every trainer call, so it takes effect on the next one.
 * A change appends {at, from, to} to the log; choosing the level already set changes nothing. The update
 * is conditional on the level it read, so two changes at once cannot log a `from` that was not current.
 */
export async function setSharing(member: Member, level: SharingLevel, now = new Date()): Promise<{ view: TSharingView; changed: { from: SharingLevel; to: SharingLevel } | null }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const exists = await MindSettingsModel.exists({ _id: member.id });
    const from = (await sharingSettings(member)).level;
    if (from === level) return { view: await sharingSettings(member), changed: null };
    const update = { $set: { sharing: level, updatedAt: now }, $push: { sharingLog: { at: now, from, to: level } } };
    if (!exists) {
      try {
        await MindSettingsModel.create({ _id: member.id, sharing: level, sharingLog: [{ at: now, from, to: level }], updatedAt: now });
        return { view: await sharingSettings(member), changed: { from, to: level } };
      } catch (error) {
        // Created meanwhile (screener settings or another change): read again and update it instead.
        if (!isDuplicateKeyError(error)) throw error;
        continue;
      }
    }
    const result = await MindSettingsModel.updateOne({ _id: member.id, sharing: { $in: storedAs(from) } }, update);
    if (result.modifiedCount === 1) return { view: await sharingSettings(member), changed: { from, to: level } };
  }
  throw new Error(`Sharing for ${member.id} kept changing underneath; giving up`);
}

/** Every time the member's trainer (any trainer, past ones included) viewed their Mind data, newest first. */
export async function mindAccessLog(member: Member): Promise<TMindAccessLogView> {
  const rows = await AuditEventModel.find({ targetUserId: new Types.ObjectId(member.id), action: TRAINER_READ_ACTION, outcome: "success" })
    .sort({ at: -1, _id: -1 })
    .limit(ACCESS_LOG_LIMIT)
    .lean();
  const trainerIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is Types.ObjectId => id != null).map(String))];
  const trainers = await UserModel.find({ _id: { $in: trainerIds.map((id) => new Types.ObjectId(id)) } })
    .select({ name: 1 })
    .lean();
  const names = new Map(trainers.map((trainer) => [String(trainer._id), trainer.name ?? null]));
  return {
    entries: rows.map((row) => {
      const meta = (row.meta ?? {}) as { level?: SharingLevel; view?: string };
      const trainerId = row.actorId ? String(row.actorId) : null;
      return {
        at: row.at,
        trainerId,
        trainerName: (trainerId && names.get(trainerId)) || "Your trainer",
        viewed: meta.view ?? "overview",
        level: meta.level ?? "none",
      };
    }),
  };
}

/**
 * What the client's trainer may see, decided by the client's consent as stored right now. Check-ins are
 * read without their note field at all (the projection drops it), and journal entries and questionnaires
 * are not read here: no level shares them.
 */
export async function trainerMindOverview(clientId: string, now = new Date()): Promise<TTrainerMindOverview> {
  const { level } = await sharingSettings({ id: clientId });
  if (level === "none") return { sharing: "none" };

  const { todayKey } = await memberToday(clientId, now);
  const fromDayKey = addDaysToKey(todayKey, -13);
  const weekStart = addDaysToKey(todayKey, -6);
  const docs = await MindCheckInModel.find({ userId: new Types.ObjectId(clientId), dayKey: { $gte: fromDayKey, $lte: todayKey } })
    .select({ dayKey: 1, mood: 1, energy: 1, stress: 1, sleepHours: 1, sleepQuality: 1, tags: 1 })
    .lean();
  const checkIns = docs.sort((a, b) => a.dayKey.localeCompare(b.dayKey));
  const last = checkIns.filter((checkIn) => checkIn.dayKey >= weekStart);
  const previous = checkIns.filter((checkIn) => checkIn.dayKey < weekStart);
  const trendFields = { todayKey, trend: wellbeingTrend(last, previous), last7: windowAverages(last), previous7: windowAverages(previous) };
  if (level === "trends") return { sharing: "trends", ...trendFields };
  return {
    sharing: "scores",
    ...trendFields,
    checkIns: checkIns.map((checkIn) => ({
      dayKey: checkIn.dayKey,
      mood: checkIn.mood,
      energy: checkIn.energy,
      stress: checkIn.stress,
      sleepHours: checkIn.sleepHours,
      sleepQuality: checkIn.sleepQuality,
      tags: [...(checkIn.tags ?? [])],
    })),
  };
}
