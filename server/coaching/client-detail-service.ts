import "server-only";
import { Types } from "mongoose";
import { completedOccurrences, type ScheduledOccurrence } from "@/lib/coaching/compliance";
import type { TClientDetail, TRecentWorkout } from "@/lib/coaching/schemas";
import { addDaysToKey } from "@/lib/dates/day-key";
import { experienceLevels, goals, heightUnits, weightUnits } from "@/lib/schemas/profile";
import { scheduledDay } from "@/lib/train/schedule";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { AppError } from "@/server/errors/app-error";
import { listHabits } from "@/server/habits/habit-service";
import { findVisibleExercises } from "@/server/train/exercise-service";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { requireClient } from "./coaching-service";
import { activeLinks, loadClientFacts, summarize, type ClientFacts } from "./roster-service";
import { trainerSettings } from "./trainer-settings-service";

// One client as their trainer sees them. Profile basics only: the member's health notes are not part
// of it (they were written for the member's own coach settings, not shared; see docs/security.md), and
// the query never selects them.

const RECENT_WORKOUTS = 10;
const UPCOMING_DAYS = 7;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null => (value && (values as readonly string[]).includes(value) ? (value as T) : null);

/** The next seven days (today first) the active program schedules, and whether each is done. */
function upcomingOf(facts: ClientFacts): TClientDetail["upcoming"] {
  const program = facts.program;
  if (!program) return [];
  const occurrences: (ScheduledOccurrence & { dayName: string })[] = [];
  for (let offset = 0; offset < UPCOMING_DAYS; offset += 1) {
    const dayKey = addDaysToKey(facts.todayKey, offset);
    const day = scheduledDay(program.weeks, program.startDate, dayKey);
    if (day.status === "training") occurrences.push({ dayKey, weekIndex: day.weekIndex, dayIndex: day.dayIndex, dayName: program.weeks[day.weekIndex].days[day.dayIndex].name ?? "Training day" });
  }
  const done = completedOccurrences(program, occurrences, facts.workouts);
  return occurrences.map((o) => ({ dayKey: o.dayKey, dayName: o.dayName, weekIndex: o.weekIndex, dayIndex: o.dayIndex, done: done.has(o.dayKey) }));
}

function programOf(facts: ClientFacts): TClientDetail["program"] {
  const program = facts.program;
  if (!program) return null;
  const status = facts.todayKey < program.startDate ? "not_started" : addDaysToKey(program.startDate, program.weekCount * 7) <= facts.todayKey ? "finished" : "running";
  return { id: program.programId, name: program.name, startDate: program.startDate, weekCount: program.weekCount, status };
}

/** The client's last workouts with their sets, grouped by exercise in workout order. */
async function recentWorkouts(clientId: string): Promise<TRecentWorkout[]> {
  const userId = new Types.ObjectId(clientId);
  const sessions = await WorkoutSessionModel.find({ userId }).sort({ startedAt: -1 }).limit(RECENT_WORKOUTS).lean();
  if (sessions.length === 0) return [];
  const sets = await WorkoutSetModel.find({ sessionId: { $in: sessions.map((session) => session._id) }, userId }).sort({ order: 1, completedAt: 1 }).lean();
  // Names as the client sees them (their own custom exercises, their trainer's shared ones).
  const exercises = await findVisibleExercises({ id: clientId }, [...new Set(sessions.flatMap((session) => session.entries.map((entry) => entry.exerciseId)))]);
  return sessions.map((session) => ({
    id: String(session._id),
    name: session.name,
    status: session.status,
    dayKey: session.dayKey,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt ?? null,
    durationMinutes: session.durationMinutes ?? null,
    sessionRpe: session.sessionRpe ?? null,
    exercises: [...session.entries]
      .sort((a, b) => a.order - b.order)
      .map((entry) => ({
        entryId: entry.id,
        name: exercises.get(entry.exerciseId)?.name ?? "Exercise",
        sets: sets
          .filter((set) => set.sessionId === String(session._id) && set.entryId === entry.id)
          .map((set) => ({ type: set.type, weightKg: set.weightKg ?? null, reps: set.reps ?? null, rpe: set.rpe ?? null, durationSec: set.durationSec ?? null, distanceM: set.distanceM ?? null })),
      })),
  }));
}

export async function clientDetail(trainer: { id: string }, auditActor: AuditActor, clientId: string, now = new Date()): Promise<TClientDetail> {
  await requireClient(auditActor, trainer.id, clientId, "client", clientId);
  const link = (await activeLinks(trainer.id)).find((candidate) => candidate.clientId === clientId);
  const [facts] = link ? await loadClientFacts([link], now) : [];
  if (!facts) throw new AppError("NOT_FOUND", "No such client.");
  const { inactivityDays } = await trainerSettings(trainer.id);
  const summary = summarize(facts, inactivityDays);
  const [workouts, habits] = await Promise.all([recentWorkouts(clientId), listHabits({ id: clientId }, now)]);
  const profile = facts.user.profile;
  const units = profile?.units;

  // One row for the page: it shows workouts, sets, habits and compliance of this client.
  await recordAudit(auditActor, { action: "client.read", subjectType: "client", subjectId: clientId, targetUserId: clientId, meta: { workouts: workouts.length, habits: habits.length } });
  return {
    client: {
      id: clientId,
      name: facts.name,
      email: facts.email,
      goal: oneOf(goals, profile?.goal),
      experience: oneOf(experienceLevels, profile?.experience),
      units: units ? { weight: oneOf(weightUnits, units.weight) ?? "kg", height: oneOf(heightUnits, units.height) ?? "cm" } : null,
      timeZone: facts.timeZone,
      clientSince: facts.clientSince,
    },
    todayKey: facts.todayKey,
    lastActivityAt: facts.lastActivityAt,
    daysSinceActivity: summary.daysSinceActivity,
    compliance: { workouts: summary.compliance.workouts, habits: summary.compliance.habits },
    flags: summary.flags,
    program: programOf(facts),
    upcoming: upcomingOf(facts),
    recentWorkouts: workouts,
    habits,
  };
}
