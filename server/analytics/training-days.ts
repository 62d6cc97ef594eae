import "server-only";
import { Types } from "mongoose";
import { summariseSession, type RollupSession, type RollupSet } from "@/lib/analytics/training-summary";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { TrainingDayModel, TrainingRollupStateModel, trainingDayId } from "./training-day-model";

/** Days rebuilt per round trip: keeps each `$in` and each bulk write small. */
const CHUNK_DAYS = 120;

const sessionFields = { _id: 1, name: 1, status: 1, programId: 1, startedAt: 1, finishedAt: 1, sessionRpe: 1, durationMinutes: 1, sessionLoad: 1, dayKey: 1 } as const;
const setFields = {
  sessionId: 1,
  exerciseId: 1,
  order: 1,
  type: 1,
  weightKg: 1,
  reps: 1,
  durationSec: 1,
  distanceM: 1,
  volumeKg: 1,
  e1rmKg: 1,
  primaryMuscles: 1,
  secondaryMuscles: 1,
  records: 1,
  completedAt: 1,
} as const;

async function refreshChunk(memberId: string, dayKeys: string[]): Promise<number> {
  const userId = new Types.ObjectId(memberId);
  const sessions = (await WorkoutSessionModel.find({ userId, dayKey: { $in: dayKeys } })
    .select(sessionFields)
    .lean()) as unknown as (RollupSession & { dayKey: string })[];
  const sets = sessions.length
    ? ((await WorkoutSetModel.find({ userId, sessionId: { $in: sessions.map((session) => session._id) } })
        .select(setFields)
        .lean()) as unknown as (RollupSet & { order: number; completedAt: Date })[])
    : [];
  const setsBySession = new Map<string, RollupSet[]>();
  for (const set of sets.sort((a, b) => a.order - b.order)) {
    const list = setsBySession.get(set.sessionId) ?? [];
    list.push(set);
    setsBySession.set(set.sessionId, list);
  }
  const byDay = new Map<string, (RollupSession & { dayKey: string })[]>();
  for (const session of sessions.sort((a, b) => new Date(a.startedAt).getTime() - new Date(b.startedAt).getTime())) {
    const list = byDay.get(session.dayKey) ?? [];
    list.push(session);
    byDay.set(session.dayKey, list);
  }
  const builtAt = new Date();
  const writes = [...byDay.entries()].map(([dayKey, daySessions]) => ({
    replaceOne: {
      filter: { _id: trainingDayId(memberId, dayKey) },
      replacement: { _id: trainingDayId(memberId, dayKey), userId: memberId, dayKey, builtAt, sessions: daySessions.map((session) => summariseSession(session, setsBySession.get(session._id) ?? [])) },
      upsert: true,
    },
  }));
  if (writes.length > 0) await TrainingDayModel.bulkWrite(writes, { ordered: false });
  const emptied = dayKeys.filter((dayKey) => !byDay.has(dayKey)).map((dayKey) => trainingDayId(memberId, dayKey));
  if (emptied.length > 0) await TrainingDayModel.deleteMany({ _id: { $in: emptied } });
  return writes.length;
}

/**
 * Recomputes the training rollups of `dayKeys` (member-local) from the member's sessions and sets:
 * a day with sessions gets its summaries rewritten, a day without any loses its rollup. Idempotent
 * (a replacement keyed by `_id`), so concurrent or repeated calls converge. Returns the days written.
 */
export async function refreshTrainingDays(memberId: string, dayKeys: string[]): Promise<number> {
  const unique = [...new Set(dayKeys)].filter((dayKey) => /^\d{4}-\d{2}-\d{2}$/.test(dayKey)).sort();
  let written = 0;
  for (let index = 0; index < unique.length; index += CHUNK_DAYS) written += await refreshChunk(memberId, unique.slice(index, index + CHUNK_DAYS));
  return written;
}

/**
 * Builds every rollup of a member whose rollups were never built (sessions imported or logged before
 * the rollups existed), once: a member already backfilled returns 0 at once. Used by the seed and by
 * the first analytics read. `force` rebuilds anyway (the benchmark and repairs).
 */
export async function backfillTrainingDays(memberId: string, options: { force?: boolean } = {}): Promise<number> {
  const state = await TrainingRollupStateModel.findById(memberId).lean();
  if (state?.backfilledAt && !options.force) return 0;
  const startedAt = new Date();
  const sessions = await WorkoutSessionModel.find({ userId: new Types.ObjectId(memberId) }).select({ dayKey: 1 }).lean();
  const written = await refreshTrainingDays(
    memberId,
    sessions.map((session) => session.dayKey),
  );
  await TrainingRollupStateModel.updateOne({ _id: memberId }, { $set: { backfilledAt: startedAt, checkedAt: startedAt } }, { upsert: true });
  return written;
}

/**
 * Brings a member's rollups up to date before a read: backfills them the first time; afterwards
 * rebuilds today's and yesterday's (sets are logged into a running session without touching the session
 * document, so a set logged seconds ago is only seen this way) plus every day whose session changed
 * (started, finished, renamed, rated, imported) since the last check. Older set edits and deleted
 * workouts reach the rollups through refreshTrainingDays calls after those writes.
 */
export async function ensureTrainingDaysFresh(memberId: string, recentDayKeys: string[]): Promise<void> {
  const state = await TrainingRollupStateModel.findById(memberId).lean();
  if (!state?.backfilledAt) {
    await backfillTrainingDays(memberId);
    return;
  }
  const checkStartedAt = new Date();
  // One read finds both: sessions on the recent days, and sessions changed since the last check.
  const since = state.checkedAt ?? state.backfilledAt;
  const candidates = await WorkoutSessionModel.find({ userId: new Types.ObjectId(memberId), $or: [{ dayKey: { $in: recentDayKeys } }, { updatedAt: { $gt: since } }] })
    .select({ dayKey: 1 })
    .lean();
  // A recent day whose rollup exists but whose sessions are gone (a workout deleted) is rebuilt too.
  const rolled = await TrainingDayModel.find({ _id: { $in: recentDayKeys.map((dayKey) => trainingDayId(memberId, dayKey)) } }).select({ dayKey: 1 }).lean();
  const dayKeys = [...candidates.map((session) => session.dayKey), ...rolled.map((row) => row.dayKey)];
  if (dayKeys.length > 0) await refreshTrainingDays(memberId, dayKeys);
  await TrainingRollupStateModel.updateOne({ _id: memberId, $or: [{ checkedAt: null }, { checkedAt: { $lt: checkStartedAt } }] }, { $set: { checkedAt: checkStartedAt } });
}
