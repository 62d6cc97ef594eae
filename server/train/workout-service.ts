import "server-only";
import { Types } from "mongoose";
import type { z } from "zod";
import type { TProgramContent } from "@/lib/schemas/program";
import type {
  TSessionSummary,
  TWorkoutEntry,
  TWorkoutSession,
  ZAddExerciseRequestSchema,
  ZFinishWorkoutRequestSchema,
  ZReorderEntriesRequestSchema,
  ZStartWorkoutRequestSchema,
  ZUpdateEntryRequestSchema,
  ZUpdateSessionRequestSchema,
} from "@/lib/schemas/workout";
import { dayKeyOf, weekKeyOf } from "@/lib/dates/day-key";
import { entryIdFor } from "@/lib/train/entry-ids";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { findOwnedById } from "@/server/db/find-owned";
import { insightsAfterWrite } from "@/server/insights/insight-jobs";
import { oneAtATime } from "@/server/db/one-at-a-time";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { toObjectId } from "./access";
import { findVisibleExercises, requireVisibleExercises, toExerciseBrief } from "./exercise-service";
import { memberTrainingContext } from "./member-context";
import { groupBySession, recentSetsOf, type StoredSet } from "./performance-history";
import { dayOf, prescribeDay, type PlannedEntry } from "./prescription-service";
import { applyReadinessAdjustment, lighterLabel } from "@/server/readiness/lighter-plan";
import { ProgramModel } from "./program-model";
import { WorkoutSessionModel, type WorkoutEntryDoc, type WorkoutSessionDoc } from "./workout-session-model";
import { WorkoutSetModel } from "./workout-set-model";
import { toSetView } from "./set-view";

type Actor = Pick<SessionUser, "id" | "role">;
async function denyProgramAccess(auditActor: AuditActor, ownerId: string, programId: string): Promise<never> {
  await recordAudit(auditActor, { action: "access.denied", subjectType: "program", subjectId: programId, targetUserId: ownerId, outcome: "denied" });
  throw new AppError("FORBIDDEN", "You can only start workouts from your own programs.");
}

export type StoredSession = WorkoutSessionDoc & { _id: string };

/** Loads a session for `actor`; a client-made id that belongs to someone else reads as missing. */
export async function loadSession(actor: Actor, sessionId: string): Promise<StoredSession> {
  const session = await findOwnedById<StoredSession>(WorkoutSessionModel, sessionId, actor.id);
  if (!session) throw new AppError("NOT_FOUND", "No such workout. It may have been deleted on another device.");
  return session;
}

/**
 * Starts a workout: free-form, or the program day given (its exercises and today's targets copied in).
 * Idempotent: the id is made on the phone, so a replayed start returns the session it already made.
 */
export async function startWorkout(actor: Actor, auditActor: AuditActor, request: z.output<typeof ZStartWorkoutRequestSchema>): Promise<{ session: TWorkoutSession; replayed: boolean }> {
  const userId = new Types.ObjectId(actor.id);
  if (await findOwnedById(WorkoutSessionModel, request.sessionId, actor.id)) return { session: await getWorkout(actor, request.sessionId), replayed: true };

  const member = await memberTrainingContext(actor.id);
  let name = request.name ?? "Workout";
  let planned: PlannedEntry[] = [];
  let program: { programId: Types.ObjectId; programWeek: number; programDay: number } | null = null;
  if (request.program) {
    const doc = await ProgramModel.findById(toObjectId(request.program.programId, "program")).lean();
    if (!doc && !request.entries) throw new AppError("NOT_FOUND", "No such program.");
    if (doc) {
      // A workout is always the caller's own, so it follows one of the caller's own programs: a trainer
      // may edit a client's program (access.ts) but does not train in the client's name.
      if (String(doc.ownerId) !== actor.id) await denyProgramAccess(auditActor, String(doc.ownerId), request.program.programId);
      const day = dayOf(doc.weeks as TProgramContent["weeks"], request.program.weekIndex, request.program.dayIndex);
      if (!day && !request.entries) throw new AppError("BAD_REQUEST", "That program has no such day.");
      if (day) {
        const exercises = await findVisibleExercises(actor, day.slots.flatMap((slot) => slot.exercises.map((exercise) => exercise.exerciseId)));
        // Today's readiness adjustment, when applied or approved, makes this day's targets lighter.
        const ref = { programId: String(doc._id), weekIndex: request.program.weekIndex, dayIndex: request.program.dayIndex };
        const adjusted = await applyReadinessAdjustment(member, dayKeyOf(request.startedAt, member.timeZone), ref, await prescribeDay(member, day, exercises), exercises);
        planned = adjusted.planned;
        name = request.name ?? `${doc.name}: ${day.name}${adjusted.lighter ? ` · ${lighterLabel(adjusted.lighter)}` : ""}`;
        program = { programId: doc._id as Types.ObjectId, programWeek: request.program.weekIndex, programDay: request.program.dayIndex };
      }
    }
  }
  // What the phone showed wins (sets logged offline name these entries); the program's targets stay
  // only where the program still has the same exercise in the same place.
  if (request.entries) await requireVisibleExercises(actor, request.entries.map((entry) => entry.exerciseId));
  const entries: WorkoutEntryDoc[] = request.entries
    ? request.entries.map(({ entryId, exerciseId }, order) => {
        const plan = planned[order];
        return plan && plan.exerciseId === exerciseId
          ? { ...plan, id: entryId, order }
          : { id: entryId, exerciseId, order, restSeconds: plan?.restSeconds ?? 120, notes: "", slotId: null, groupId: null, prescription: null };
      })
    : planned.map((plan, order) => ({ ...plan, id: entryIdFor(request.sessionId, order), order }));

  try {
    await WorkoutSessionModel.create({
      _id: request.sessionId,
      userId,
      name,
      status: "active",
      source: "app",
      sourceKey: `app:${request.sessionId}`,
      ...program,
      startedAt: request.startedAt,
      dayKey: dayKeyOf(request.startedAt, member.timeZone),
      weekKey: weekKeyOf(request.startedAt, member.timeZone),
      timeZone: member.timeZone,
      entries,
    });
    return { session: await getWorkout(actor, request.sessionId), replayed: false };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Two replays raced, or the id is someone else's: only the owner's own session is returned.
    if (!(await findOwnedById(WorkoutSessionModel, request.sessionId, actor.id))) throw new AppError("CONFLICT", "That workout id is already used. Start a new workout.", { cause: error });
    return { session: await getWorkout(actor, request.sessionId), replayed: true };
  }
}

export async function addExercise(actor: Actor, request: z.output<typeof ZAddExerciseRequestSchema>): Promise<TWorkoutSession> {
  await requireVisibleExercises(actor, [request.exerciseId]);
  await rewriteEntries(actor, request.sessionId, (session) => {
    // Adding an exercise that is already there (a replayed add) changes nothing.
    if (session.entries.some((entry) => entry.id === request.entryId)) return session.entries;
    const order = session.entries.reduce((max, entry) => Math.max(max, entry.order + 1), 0);
    const entry = { id: request.entryId, exerciseId: request.exerciseId, order, restSeconds: request.restSeconds ?? 120, notes: "", slotId: null, groupId: null, prescription: null };
    return [...session.entries, entry];
  });
  return getWorkout(actor, request.sessionId);
}

/**
 * Rewrites a session's exercise list with `change`, as a compare-and-set on `entriesRev`: when another
 * write changed the list in between, it reads the list again and re-applies the change.
 */
function rewriteEntries(actor: Actor, sessionId: string, change: (session: StoredSession) => WorkoutEntryDoc[]): Promise<StoredSession> {
  return oneAtATime(`workout-entries:${sessionId}`, () => rewriteEntriesNow(actor, sessionId, change));
}

async function rewriteEntriesNow(actor: Actor, sessionId: string, change: (session: StoredSession) => WorkoutEntryDoc[]): Promise<StoredSession> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const session = await loadSession(actor, sessionId);
    const entries = change(session);
    const result = await WorkoutSessionModel.updateOne(
      { _id: session._id, userId: session.userId, entriesRev: session.entriesRev ?? null },
      { $set: { entries }, $inc: { entriesRev: 1 } },
    );
    if (result.matchedCount === 1) return session;
  }
  throw new AppError("CONFLICT", "This workout is being changed on another device. Try again.");
}

export async function updateEntry(actor: Actor, request: z.output<typeof ZUpdateEntryRequestSchema>): Promise<TWorkoutSession> {
  await rewriteEntries(actor, request.sessionId, (session) =>
    session.entries.map((entry) =>
      entry.id === request.entryId ? { ...entry, notes: request.notes ?? entry.notes, restSeconds: request.restSeconds ?? entry.restSeconds } : entry,
    ),
  );
  return getWorkout(actor, request.sessionId);
}

/** Removes an exercise and its sets. Idempotent: removing it again changes nothing. */
export async function removeEntry(actor: Actor, request: { sessionId: string; entryId: string }): Promise<{ session: TWorkoutSession; exerciseId: string | null }> {
  const session = await loadSession(actor, request.sessionId);
  const entry = session.entries.find((candidate) => candidate.id === request.entryId) ?? null;
  // Sets first: a failure in between leaves an exercise with no sets, never sets with no exercise.
  await WorkoutSetModel.deleteMany({ userId: session.userId, sessionId: session._id, entryId: request.entryId });
  await rewriteEntries(actor, request.sessionId, (current) => current.entries.filter((candidate) => candidate.id !== request.entryId));
  await insightsAfterWrite(String(session.userId), { dayKeys: [session.dayKey], reason: "workout" });
  return { session: await getWorkout(actor, request.sessionId), exerciseId: entry?.exerciseId ?? null };
}

export async function reorderEntries(actor: Actor, request: z.output<typeof ZReorderEntriesRequestSchema>): Promise<TWorkoutSession> {
  await rewriteEntries(actor, request.sessionId, (session) => {
    const known = new Set(session.entries.map((entry) => entry.id));
    if (request.entryIds.length !== known.size || request.entryIds.some((id) => !known.has(id))) {
      throw new AppError("BAD_REQUEST", "The new order must list each exercise of the workout once.");
    }
    const position = new Map(request.entryIds.map((id, index) => [id, index]));
    return session.entries.map((entry) => ({ ...entry, order: position.get(entry.id)! }));
  });
  return getWorkout(actor, request.sessionId);
}

function sessionLoadOf(rpe: number | null | undefined, minutes: number | null | undefined): number | null {
  return rpe && minutes ? Math.round(rpe * minutes) : null;
}

export async function updateSessionDetails(actor: Actor, request: z.output<typeof ZUpdateSessionRequestSchema>): Promise<TWorkoutSession> {
  const session = await loadSession(actor, request.sessionId);
  const rpe = request.sessionRpe === undefined ? session.sessionRpe : request.sessionRpe;
  const minutes = request.durationMinutes === undefined ? session.durationMinutes : request.durationMinutes;
  await WorkoutSessionModel.updateOne(
    { _id: session._id, userId: session.userId },
    {
      $set: {
        ...(request.name !== undefined && { name: request.name }),
        ...(request.notes !== undefined && { notes: request.notes }),
        sessionRpe: rpe ?? null,
        durationMinutes: minutes ?? null,
        sessionLoad: sessionLoadOf(rpe, minutes),
      },
    },
  );
  await insightsAfterWrite(String(session.userId), { dayKeys: [session.dayKey], reason: "workout" });
  return getWorkout(actor, request.sessionId);
}

/** Finishes a workout: duration defaults to the time since it started; load = session RPE × minutes. */
export async function finishWorkout(actor: Actor, request: z.output<typeof ZFinishWorkoutRequestSchema>): Promise<TWorkoutSession> {
  const session = await loadSession(actor, request.sessionId);
  if (request.finishedAt.getTime() < session.startedAt.getTime()) throw new AppError("BAD_REQUEST", "A workout cannot finish before it started.");
  const minutes = request.durationMinutes ?? Math.max(1, Math.round((request.finishedAt.getTime() - session.startedAt.getTime()) / 60_000));
  await WorkoutSessionModel.updateOne(
    { _id: session._id, userId: session.userId },
    {
      $set: {
        status: "finished",
        finishedAt: session.finishedAt ?? request.finishedAt,
        durationMinutes: minutes,
        sessionRpe: request.sessionRpe,
        sessionLoad: sessionLoadOf(request.sessionRpe, minutes),
        ...(request.notes !== undefined && { notes: request.notes }),
      },
    },
  );
  await insightsAfterWrite(String(session.userId), { dayKeys: [session.dayKey], reason: "workout" });
  return getWorkout(actor, request.sessionId);
}

export async function deleteWorkout(actor: Actor, sessionId: string): Promise<{ exerciseIds: string[] }> {
  const userId = new Types.ObjectId(actor.id);
  const session = (await WorkoutSessionModel.findOne({ _id: sessionId, userId }).lean()) as StoredSession | null;
  if (!session) return { exerciseIds: [] };
  await WorkoutSetModel.deleteMany({ userId, sessionId });
  await WorkoutSessionModel.deleteOne({ _id: sessionId, userId });
  await insightsAfterWrite(actor.id, { dayKeys: [session.dayKey], reason: "workout" });
  return { exerciseIds: [...new Set(session.entries.map((entry) => entry.exerciseId))] };
}

/** The last time the member did `exerciseId` before this session: what the logger pre-fills. */
async function previousPerformance(memberId: string, exerciseId: string, sessionId: string): Promise<TWorkoutEntry["previous"]> {
  const sessions = groupBySession(await recentSetsOf(memberId, exerciseId, 60)).filter((session) => session.sessionId !== sessionId);
  const last = sessions[0];
  if (!last) return null;
  return {
    dayKey: last.dayKey,
    sets: last.sets.map((set) => ({ type: set.type, weightKg: set.weightKg ?? null, reps: set.reps ?? null, rpe: set.rpe ?? null, durationSec: set.durationSec ?? null, distanceM: set.distanceM ?? null })),
  };
}

export async function getWorkout(actor: Actor, sessionId: string): Promise<TWorkoutSession> {
  const session = await loadSession(actor, sessionId);
  const sets = (await WorkoutSetModel.find({ sessionId: session._id, userId: session.userId }).sort({ order: 1, completedAt: 1 }).lean()) as StoredSet[];
  const exercises = await findVisibleExercises(actor, session.entries.map((entry) => entry.exerciseId));
  const entries = await Promise.all(
    [...session.entries]
      .sort((a, b) => a.order - b.order)
      .map(async (entry): Promise<TWorkoutEntry> => {
        const exercise = exercises.get(entry.exerciseId);
        return {
          id: entry.id,
          exercise: toExerciseBrief(exercise, entry.exerciseId),
          order: entry.order,
          notes: entry.notes ?? "",
          restSeconds: entry.restSeconds ?? 120,
          groupId: entry.groupId ?? null,
          prescription: (entry.prescription as TWorkoutEntry["prescription"]) ?? null,
          previous: await previousPerformance(actor.id, entry.exerciseId, session._id),
          sets: sets.filter((set) => set.entryId === entry.id).map(toSetView),
        };
      }),
  );
  return {
    id: session._id,
    name: session.name,
    status: session.status,
    source: session.source,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt ?? null,
    dayKey: session.dayKey,
    notes: session.notes ?? "",
    sessionRpe: session.sessionRpe ?? null,
    durationMinutes: session.durationMinutes ?? null,
    sessionLoad: session.sessionLoad ?? null,
    program: session.programId ? { programId: String(session.programId), weekIndex: session.programWeek ?? 0, dayIndex: session.programDay ?? 0 } : null,
    entries,
  };
}

export async function activeWorkout(actor: Actor): Promise<TWorkoutSession | null> {
  const session = await WorkoutSessionModel.findOne({ userId: new Types.ObjectId(actor.id), status: "active" }).sort({ startedAt: -1 }).select({ _id: 1 }).lean();
  return session ? getWorkout(actor, String(session._id)) : null;
}

export async function listWorkouts(actor: Actor, request: { before?: Date; limit: number }): Promise<TSessionSummary[]> {
  const filter: Record<string, unknown> = { userId: new Types.ObjectId(actor.id) };
  if (request.before) filter.startedAt = { $lt: request.before };
  const sessions = (await WorkoutSessionModel.find(filter).sort({ startedAt: -1 }).limit(request.limit).lean()) as StoredSession[];
  return sessions.map((session) => ({
    id: session._id,
    name: session.name,
    status: session.status,
    source: session.source,
    startedAt: session.startedAt,
    dayKey: session.dayKey,
    durationMinutes: session.durationMinutes ?? null,
    sessionLoad: session.sessionLoad ?? null,
    exerciseCount: session.entries.length,
  }));
}
