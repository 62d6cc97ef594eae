import "server-only";
import { Types } from "mongoose";
import { addDaysToKey } from "@/lib/dates/day-key";
import type { SharingLevel } from "@/lib/mind/sharing";
import { type CheckInScores, windowAverages, wellbeingTrend, type WellbeingTrend } from "@/lib/mind/wellbeing-trend";
import type { TMindAccessLogView, TSharingView, TTrainerMindOverview } from "@/lib/schemas/mind";
import { AuditEventModel } from "@/server/audit/audit-model";
import type { AuditActor } from "@/server/audit/audit-service";
import { logger } from "@/server/logging/logger";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { memberToday } from "@/server/nutrition/member-day";
import { UserModel } from "@/server/users/user-model";
import type { SessionUser } from "@/server/users/user-service";
import { MindCheckInModel } from "./mind-checkin-model";
import { MindRosterReadModel } from "./roster-read-model";
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

/** How many days back (before today) the trainer's view reaches: this week and the week before. */
const TREND_DAYS_BACK = 13;

/**
 * The trend part of what a trainer sees, from the check-ins of the 14 days ending `todayKey` (any order;
 * others are ignored): the last 7 days (today included) against the 7 before. The client page's overview
 * and the roster's wellbeing signal both come from here, so they always agree.
 */
export function trendFieldsOf(todayKey: string, checkIns: readonly CheckInScores[]): { todayKey: string; trend: WellbeingTrend; last7: ReturnType<typeof windowAverages>; previous7: ReturnType<typeof windowAverages> } {
  const fromDayKey = addDaysToKey(todayKey, -TREND_DAYS_BACK);
  const weekStart = addDaysToKey(todayKey, -6);
  const inWindow = checkIns.filter((checkIn) => checkIn.dayKey >= fromDayKey && checkIn.dayKey <= todayKey);
  const last = inWindow.filter((checkIn) => checkIn.dayKey >= weekStart);
  const previous = inWindow.filter((checkIn) => checkIn.dayKey < weekStart);
  return { todayKey, trend: wellbeingTrend(last, previous), last7: windowAverages(last), previous7: windowAverages(previous) };
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
  const fromDayKey = addDaysToKey(todayKey, -TREND_DAYS_BACK);
  const docs = await MindCheckInModel.find({ userId: new Types.ObjectId(clientId), dayKey: { $gte: fromDayKey, $lte: todayKey } })
    .select({ dayKey: 1, mood: 1, energy: 1, stress: 1, sleepHours: 1, sleepQuality: 1, tags: 1 })
    .lean();
  const checkIns = docs.sort((a, b) => a.dayKey.localeCompare(b.dayKey));
  const trendFields = trendFieldsOf(todayKey, checkIns);
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

/** What the member's access log says the trainer looked at when the roster computed their wellbeing signal. */
export const ROSTER_SIGNAL_VIEW = "Roster wellbeing signal";

/**
 * The wellbeing trend of many clients at once, for the roster's "needs attention" (the same computation
 * as `trainerMindOverview`). Consent is read fresh, in one `$in` read of mind_settings; the check-ins of
 * the clients who share trends or scores are read in one more (`userId $in`, the 14-day range covering
 * every client's today, scores only: never a note). A client who shares nothing is absent from the
 * answer and their check-ins are not read. Each consenting client gets a trainer-read audit row (view
 * "Roster wellbeing signal", the level it was read under) at most once per trainer and hour, or again
 * when the level changed, written before the answer is returned, so it shows in their access log like
 * an opened overview. `clients` must already be checked to be the
 * trainer's own.
 */
export async function rosterWellbeingTrends(actor: AuditActor, clients: readonly { clientId: string; todayKey: string }[], now = new Date()): Promise<Map<string, WellbeingTrend>> {
  const trends = new Map<string, WellbeingTrend>();
  if (clients.length === 0) return trends;
  const settings = await MindSettingsModel.find({ _id: { $in: clients.map((client) => client.clientId) }, sharing: { $in: ["trends", "scores"] } })
    .select({ _id: 1, sharing: 1 })
    .lean();
  const levelOf = new Map(settings.map((doc) => [String(doc._id), doc.sharing as SharingLevel]));
  const consenting = clients.filter((client) => levelOf.has(client.clientId));
  if (consenting.length === 0) return trends;

  const todayKeys = consenting.map((client) => client.todayKey).sort();
  const docs = await MindCheckInModel.find({
    userId: { $in: consenting.map((client) => new Types.ObjectId(client.clientId)) },
    dayKey: { $gte: addDaysToKey(todayKeys[0], -TREND_DAYS_BACK), $lte: todayKeys.at(-1)! },
  })
    .select({ _id: 0, userId: 1, dayKey: 1, mood: 1, energy: 1, stress: 1 })
    .lean();
  const checkInsOf = new Map<string, CheckInScores[]>();
  for (const doc of docs) {
    const key = String(doc.userId);
    const own = checkInsOf.get(key) ?? [];
    own.push({ dayKey: doc.dayKey, mood: doc.mood, energy: doc.energy, stress: doc.stress });
    checkInsOf.set(key, own);
  }
  for (const client of consenting) trends.set(client.clientId, trendFieldsOf(client.todayKey, checkInsOf.get(client.clientId) ?? []).trend);

  // One row per trainer, client and hour (or change of consent), claimed by _id so concurrent rosters
  // write it once; then one insert for all the rows (the same fields recordAudit writes). If either
  // fails, the roster fails with it: a read is never shown without its audit row.
  const actorId = actor.userId && Types.ObjectId.isValid(actor.userId) ? new Types.ObjectId(actor.userId) : null;
  const hour = now.toISOString().slice(0, 13);
  const claimIdOf = (clientId: string) => `${actor.userId}:${clientId}`;
  // One read finds the pairs already logged this hour at this level (the usual case on a busy roster);
  // only the others are claimed, each by its _id.
  const logged = await MindRosterReadModel.find({ _id: { $in: consenting.map((client) => claimIdOf(client.clientId)) } }).lean();
  const levelByClaim = new Map(consenting.map((client) => [claimIdOf(client.clientId), levelOf.get(client.clientId)]));
  const current = new Set(logged.filter((claim) => claim.hour === hour && claim.level === levelByClaim.get(claim._id)).map((claim) => claim._id));
  const claimed = await Promise.all(
    consenting
      .filter((client) => !current.has(claimIdOf(client.clientId)))
      .map(async (client) => {
        const level = levelOf.get(client.clientId)!;
        try {
          const result = await MindRosterReadModel.updateOne(
            { _id: claimIdOf(client.clientId), $or: [{ hour: { $ne: hour } }, { level: { $ne: level } }] },
            { $set: { hour, level } },
            { upsert: true },
          );
          return result.modifiedCount + result.upsertedCount > 0 ? client : null;
        } catch (error) {
          // Another roster read claimed this hour between the read above and this write.
          if (isDuplicateKeyError(error)) return null;
          throw error;
        }
      }),
  );
  const toAudit = claimed.filter((client): client is (typeof consenting)[number] => client !== null);
  if (toAudit.length === 0) return trends;
  await AuditEventModel.insertMany(
    toAudit.map((client) => ({
      actorId,
      actorRole: actor.role,
      requestId: actor.requestId,
      ip: actor.ip,
      action: TRAINER_READ_ACTION,
      outcome: "success",
      subjectType: "mind_roster_signal",
      subjectId: null,
      targetUserId: new Types.ObjectId(client.clientId),
      meta: { level: levelOf.get(client.clientId)!, view: ROSTER_SIGNAL_VIEW },
    })),
  );
  logger.info({ audit: TRAINER_READ_ACTION, outcome: "success", requestId: actor.requestId, count: toAudit.length }, "audit");
  return trends;
}
