import "server-only";
import { Types } from "mongoose";
import { attentionFlags, defaultAttentionSettings, type AttentionFlag } from "@/lib/coaching/attention";
import { type ActiveProgram, clientCompliance, combinedRate, type ClientCompliance, type FinishedWorkout, type HabitHistory, HISTORY_DAYS } from "@/lib/coaching/compliance";
import { ROSTER_MAX_PAGE_SIZE, ZRosterRequestSchema, type TRoster, type TRosterRequest, type TRosterRow } from "@/lib/coaching/schemas";
import { addDaysToKey, dayKeyOf, daysBetween } from "@/lib/dates/day-key";
import type { CheckIn } from "@/lib/habits/habit-schedule";
import type { WellbeingTrend } from "@/lib/mind/wellbeing-trend";
import type { TProgramContent } from "@/lib/schemas/program";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { HabitCheckInModel, HabitModel, type HabitDoc } from "@/server/habits/habit-model";
import { toDomain } from "@/server/habits/habit-service";
import { rosterWellbeingTrends } from "@/server/mind/sharing-service";
import { ProgramModel } from "@/server/train/program-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { UserModel } from "@/server/users/user-model";
import { CoachingActiveModel } from "./coaching-active-model";
import { trainerSettings } from "./trainer-settings-service";

/*
 * The roster: every active client with last activity, compliance (lib/coaching/compliance.ts) and
 * "needs attention" flags (lib/coaching/attention.ts).
 *
 * Scale (500+ clients): clients are read in chunks of CHUNK ids, CONCURRENCY chunks at a time, and each
 * chunk is a handful of `$in` queries (users, programs, sessions, sets of running sessions, habits,
 * check-ins; for clients with nothing in that history, their older sessions and check-ins), never one
 * query per client; compliance reads only 90 days (+31 for rolling habit windows). On
 * MongoDB every query uses an index:
 *   users / programs by _id; workout_sessions `user_started` {userId, startedAt}; workout_sets
 *   `session_order` {sessionId, order}; habits `user_archived` {userId, archivedAt}; habit_checkins
 *   `user_day` {userId, dayKey}; coaching_active `trainer` {trainerId}
 *   (an `$in` of a few hundred values is a few hundred short index ranges).
 * The wellbeing signal adds two reads for the clients whose flags are computed: mind_settings by _id (who
 * shares trends or scores) and, for those only, mind_checkins `user_day` over 14 days.
 * FerretDB 1.24 only uses the _id index: there each of those queries scans its whole collection
 * whatever the filter (measured: ~3–6 s for 60,000 check-ins), so the number of queries is what
 * counts and chunks are large — 500 clients are one chunk, one scan per collection. Sorting by name
 * needs only the names, so that (unfiltered) case computes compliance for the shown page only.
 */

const CHUNK = 500;
const CONCURRENCY = 2;
// per_period habits are judged on a rolling window of up to 31 days, so read that much more.
const CHECK_IN_MARGIN_DAYS = 31;

type ClientLink = { clientId: string; startedAt: Date };
type UserFacts = {
  _id: Types.ObjectId;
  name?: string | null;
  email: string;
  profile?: { timeZone?: string; goal?: string; experience?: string; units?: { weight?: string; height?: string } } | null;
  training?: { activeProgram?: { programId: Types.ObjectId; startDate: string } | null } | null;
};

/** What one client's numbers are computed from, read in bulk. */
export type ClientFacts = {
  clientId: string;
  name: string;
  email: string;
  user: UserFacts;
  timeZone: string;
  todayKey: string;
  clientSince: Date;
  program: (Omit<ActiveProgram, "weeks"> & { weeks: TProgramContent["weeks"]; name: string; weekCount: number }) | null;
  workouts: FinishedWorkout[];
  habits: HabitHistory[];
  lastActivityAt: Date | null;
};

export type ClientSummary = {
  facts: ClientFacts;
  compliance: ClientCompliance;
  daysSinceActivity: number | null;
  flags: AttentionFlag[];
};

const displayName = (user: Pick<UserFacts, "name" | "email">) => user.name?.trim() || user.email;
const later = (a: Date | null, b: Date | null | undefined): Date | null => (b && (!a || b > a) ? b : a);

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Runs `task` over `items` in chunks, at most CONCURRENCY chunks at once. */
async function inChunks<T, R>(items: readonly T[], task: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  const results: R[][] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next++;
      results[index] = await task(chunks[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chunks.length) }, worker));
  return results.flat();
}

/**
 * Archived habits keep counting for the days before they were archived. Days before `readFrom` (the
 * first check-in read) are cut off: no window reaches them, and judging years of old days for 500
 * clients is the roster's costliest loop.
 */
function habitHistoryOf(habit: HabitDoc & { _id: Types.ObjectId }, checkIns: Map<string, CheckIn>, timeZone: string, readFrom: string): HabitHistory {
  const domain = toDomain(habit);
  if (domain.window.startDate < readFrom) domain.window = { ...domain.window, startDate: readFrom };
  if (habit.archivedAt) {
    const lastDay = addDaysToKey(dayKeyOf(habit.archivedAt, timeZone), -1);
    if (domain.window.endDate === null || lastDay < domain.window.endDate) domain.window = { ...domain.window, endDate: lastDay };
  }
  return { habit: domain, checkIns };
}

/** Reads everything compliance and last activity need for up to CHUNK clients, in a few `$in` queries. */
async function loadChunk(links: ClientLink[], now: Date): Promise<ClientFacts[]> {
  const ids = links.map((link) => new Types.ObjectId(link.clientId));
  const since = new Date(now.getTime() - (HISTORY_DAYS + 2) * 86_400_000);
  const checkInsFrom = dayKeyOf(new Date(since.getTime() - CHECK_IN_MARGIN_DAYS * 86_400_000), "UTC");

  const users = (await UserModel.find({ _id: { $in: ids } })
    .select({ name: 1, email: 1, "profile.timeZone": 1, "profile.goal": 1, "profile.experience": 1, "profile.units": 1, "training.activeProgram": 1 })
    .lean()) as unknown as UserFacts[];
  const programIds = users.flatMap((user) => (user.training?.activeProgram ? [user.training.activeProgram.programId] : []));
  const [programs, sessions, habits, checkIns] = await Promise.all([
    programIds.length > 0 ? ProgramModel.find({ _id: { $in: programIds }, archivedAt: null }).select({ name: 1, weeks: 1 }).lean() : [],
    WorkoutSessionModel.find({ userId: { $in: ids }, startedAt: { $gte: since } })
      .select({ userId: 1, status: 1, dayKey: 1, programId: 1, programWeek: 1, programDay: 1, startedAt: 1, finishedAt: 1 })
      .lean(),
    HabitModel.find({ userId: { $in: ids } }).lean(),
    HabitCheckInModel.find({ userId: { $in: ids }, dayKey: { $gte: checkInsFrom } }).select({ habitId: 1, userId: 1, dayKey: 1, value: 1, skipped: 1, updatedAt: 1 }).lean(),
  ]);
  // Sets only matter for a workout still running (a finished one's finish time is later than its sets).
  const running = sessions.filter((session) => session.status === "active").map((session) => String(session._id));
  const sets = running.length > 0 ? await WorkoutSetModel.find({ sessionId: { $in: running } }).select({ userId: 1, completedAt: 1 }).lean() : [];

  const programById = new Map(programs.map((program) => [String(program._id), program]));
  const sessionsOf = groupBy(sessions, (row) => String(row.userId));
  const setsOf = groupBy(sets, (row) => String(row.userId));
  const checkInsOf = groupBy(checkIns, (row) => String(row.userId));
  const habitsOf = groupBy(habits as (HabitDoc & { _id: Types.ObjectId })[], (row) => String(row.userId));
  const userById = new Map(users.map((user) => [String(user._id), user]));
  const out: ClientFacts[] = [];
  for (const link of links) {
    const user = userById.get(link.clientId);
    if (!user) continue;
    const timeZone = user.profile?.timeZone ?? "UTC";
    const todayKey = dayKeyOf(now, timeZone);
    const active = user.training?.activeProgram;
    const programDoc = active ? programById.get(String(active.programId)) : undefined;
    const weeks = (programDoc?.weeks ?? []) as TProgramContent["weeks"];
    const program = active && programDoc ? { programId: String(programDoc._id), name: programDoc.name, startDate: active.startDate, weeks, weekCount: weeks.length } : null;

    const own = sessionsOf.get(link.clientId) ?? [];
    const finished = own.filter((session) => session.status === "finished");
    const workouts = finished.map((session) => ({
      dayKey: session.dayKey,
      programId: session.programId ? String(session.programId) : null,
      programWeek: session.programWeek ?? null,
      programDay: session.programDay ?? null,
    }));
    let lastActivityAt: Date | null = null;
    for (const session of finished) lastActivityAt = later(lastActivityAt, session.finishedAt ?? session.startedAt);
    for (const set of setsOf.get(link.clientId) ?? []) lastActivityAt = later(lastActivityAt, set.completedAt);

    const ownCheckIns = checkInsOf.get(link.clientId) ?? [];
    for (const row of ownCheckIns) lastActivityAt = later(lastActivityAt, row.updatedAt as Date | undefined);
    const byHabit = new Map<string, Map<string, CheckIn>>();
    for (const row of ownCheckIns) {
      const key = String(row.habitId);
      if (!byHabit.has(key)) byHabit.set(key, new Map());
      byHabit.get(key)!.set(row.dayKey, { value: row.value ?? 0, skipped: Boolean(row.skipped) });
    }
    const historyStart = dayKeyOf(since, timeZone);
    const ownHabits = (habitsOf.get(link.clientId) ?? [])
      // A habit archived before the history starts cannot count in any window.
      .filter((habit) => !habit.archivedAt || dayKeyOf(habit.archivedAt, timeZone) >= historyStart)
      .map((habit) => habitHistoryOf(habit, byHabit.get(String(habit._id)) ?? new Map(), timeZone, checkInsFrom));

    out.push({ clientId: link.clientId, name: displayName(user), email: user.email, user, timeZone, todayKey, clientSince: link.startedAt, program, workouts, habits: ownHabits, lastActivityAt });
  }

  // Clients with nothing in the read history (new clients, mostly): their last log ever, in two more
  // `$in` reads for the whole chunk — one per client would be two full collection scans each on
  // FerretDB. Only the fields the dates need are fetched.
  const quiet = out.filter((facts) => facts.lastActivityAt === null);
  if (quiet.length > 0) {
    const quietIds = quiet.map((facts) => new Types.ObjectId(facts.clientId));
    const [oldSessions, oldCheckIns] = await Promise.all([
      WorkoutSessionModel.find({ userId: { $in: quietIds }, status: "finished" }).select({ _id: 0, userId: 1, startedAt: 1, finishedAt: 1 }).lean(),
      HabitCheckInModel.find({ userId: { $in: quietIds } }).select({ _id: 0, userId: 1, updatedAt: 1 }).lean(),
    ]);
    const lastOf = new Map<string, Date | null>();
    const note = (userId: unknown, at: Date | null | undefined) => lastOf.set(String(userId), later(lastOf.get(String(userId)) ?? null, at));
    for (const session of oldSessions) note(session.userId, session.finishedAt ?? session.startedAt);
    for (const checkIn of oldCheckIns) note(checkIn.userId, checkIn.updatedAt as Date | undefined);
    for (const facts of quiet) facts.lastActivityAt = lastOf.get(facts.clientId) ?? null;
  }
  return out;
}

/** Facts for the given clients (already checked to be the trainer's), in bounded parallel chunks. */
export async function loadClientFacts(links: readonly ClientLink[], now = new Date()): Promise<ClientFacts[]> {
  return inChunks(links, (chunk) => loadChunk(chunk, now));
}

/** `wellbeingTrend`: the client's shared wellbeing trend (see `rosterWellbeingTrends`); null when not shared or not read. */
export function summarize(facts: ClientFacts, inactivityDays: number, wellbeingTrend: WellbeingTrend | null = null): ClientSummary {
  const compliance = clientCompliance({ todayKey: facts.todayKey, program: facts.program, workouts: facts.workouts, habits: facts.habits });
  const daysSinceActivity = facts.lastActivityAt ? Math.max(0, daysBetween(dayKeyOf(facts.lastActivityAt, facts.timeZone), facts.todayKey)) : null;
  const daysAsClient = Math.max(0, daysBetween(dayKeyOf(facts.clientSince, facts.timeZone), facts.todayKey));
  const flags = attentionFlags({ compliance, daysSinceActivity, daysAsClient, wellbeingTrend }, { ...defaultAttentionSettings, inactivityDays });
  return { facts, compliance, daysSinceActivity, flags };
}

/**
 * The trainer's active clients and when each relationship started (one indexed read of
 * `coaching_active`, the truth for "now"; `coaching_links` is the history).
 */
export async function activeLinks(trainerId: string): Promise<ClientLink[]> {
  if (!Types.ObjectId.isValid(trainerId)) return [];
  const claims = await CoachingActiveModel.find({ trainerId: new Types.ObjectId(trainerId) }).select({ _id: 1, since: 1 }).lean();
  return claims.map((claim) => ({ clientId: String(claim._id), startedAt: claim.since }));
}

function toRow(summary: ClientSummary): TRosterRow {
  const { facts, compliance } = summary;
  return {
    clientId: facts.clientId,
    name: facts.name,
    lastActivityAt: facts.lastActivityAt,
    daysSinceActivity: summary.daysSinceActivity,
    workouts: compliance.workouts,
    habits: compliance.habits,
    program: facts.program ? { id: facts.program.programId, name: facts.program.name } : null,
    flags: summary.flags,
  };
}

const defaultDirection = { name: "asc", lastActivity: "desc", workouts: "asc", habits: "asc", attention: "desc" } as const;

/** Compares two possibly-missing values; missing ones go last whatever the direction. */
function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a - b) * sign;
}

function sortRows(rows: TRosterRow[], request: ReturnType<typeof ZRosterRequestSchema.parse>): TRosterRow[] {
  const sign = (request.direction ?? defaultDirection[request.sort]) === "asc" ? 1 : -1;
  const key = `days${request.window}` as const;
  const byName = (a: TRosterRow, b: TRosterRow) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.clientId.localeCompare(b.clientId);
  const compare = (a: TRosterRow, b: TRosterRow): number => {
    switch (request.sort) {
      case "name":
        return byName(a, b) * sign;
      case "lastActivity":
        return compareNullable(a.lastActivityAt?.getTime() ?? null, b.lastActivityAt?.getTime() ?? null, sign);
      case "workouts":
        return compareNullable(a.workouts[key], b.workouts[key], sign);
      case "habits":
        return compareNullable(a.habits[key], b.habits[key], sign);
      case "attention":
        // Most flags first, then the lowest combined compliance (who is slipping most).
        return (a.flags.length - b.flags.length) * sign || compareNullable(combinedRate([a.workouts[key], a.habits[key]]), combinedRate([b.workouts[key], b.habits[key]]), -sign);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}

/**
 * The wellbeing signal's input for the clients whose flags are computed (all of them, or the shown page
 * when sorting by name): the trend of those who share it, read fresh in two batched reads, each
 * consenting client's read audited for their access log (server/mind/sharing-service.ts).
 */
const wellbeingOf = (auditActor: AuditActor, facts: readonly ClientFacts[], now: Date) =>
  rosterWellbeingTrends(
    auditActor,
    facts.map((fact) => ({ clientId: fact.clientId, todayKey: fact.todayKey })),
    now,
  );

/** The roster page the trainer asked for. One audit row per call (it shows many clients' compliance). */
export async function roster(trainer: { id: string }, auditActor: AuditActor, input: TRosterRequest, now = new Date()): Promise<TRoster> {
  const request = ZRosterRequestSchema.parse(input);
  const pageSize = Math.min(request.pageSize, ROSTER_MAX_PAGE_SIZE);
  const links = await activeLinks(trainer.id);
  const settings = await trainerSettings(trainer.id);

  let rows: TRosterRow[];
  let total: number;
  const search = request.search.toLowerCase();
  const page = (all: TRosterRow[]) => all.slice((request.page - 1) * pageSize, request.page * pageSize);

  if (request.sort === "name" && !request.needsAttention) {
    // Only names are needed to order and search: compute compliance for the page alone.
    const names = await UserModel.find({ _id: { $in: links.map((link) => new Types.ObjectId(link.clientId)) } }).select({ name: 1, email: 1 }).lean();
    const nameOf = new Map(names.map((user) => [String(user._id), { name: displayName(user), email: user.email }]));
    const matching = links
      .filter((link) => nameOf.has(link.clientId))
      .filter((link) => !search || nameOf.get(link.clientId)!.name.toLowerCase().includes(search) || nameOf.get(link.clientId)!.email.toLowerCase().includes(search));
    const stub = (link: ClientLink): TRosterRow => ({ clientId: link.clientId, name: nameOf.get(link.clientId)!.name, lastActivityAt: null, daysSinceActivity: null, workouts: { days7: null, days30: null, days90: null }, habits: { days7: null, days30: null, days90: null }, program: null, flags: [] });
    const ordered = sortRows(matching.map(stub), request);
    total = ordered.length;
    const shown = new Set(page(ordered).map((row) => row.clientId));
    const facts = await loadClientFacts(links.filter((link) => shown.has(link.clientId)), now);
    const wellbeing = await wellbeingOf(auditActor, facts, now);
    const byId = new Map(facts.map((fact) => [fact.clientId, toRow(summarize(fact, settings.inactivityDays, wellbeing.get(fact.clientId) ?? null))]));
    rows = page(ordered).flatMap((row) => (byId.has(row.clientId) ? [byId.get(row.clientId)!] : []));
  } else {
    // Searched first: the wellbeing signal reads (and logs in each client's access log) only the clients
    // whose flags can matter to this answer.
    const facts = (await loadClientFacts(links, now)).filter((fact) => !search || fact.name.toLowerCase().includes(search) || fact.email.toLowerCase().includes(search));
    const wellbeing = await wellbeingOf(auditActor, facts, now);
    let all = facts.map((fact) => toRow(summarize(fact, settings.inactivityDays, wellbeing.get(fact.clientId) ?? null)));
    if (request.needsAttention) all = all.filter((row) => row.flags.length > 0);
    const ordered = sortRows(all, request);
    total = ordered.length;
    rows = page(ordered);
  }

  await recordAudit(auditActor, { action: "client.roster", subjectType: "roster", subjectId: trainer.id, meta: { clients: links.length, shown: rows.length } });
  return { rows, page: request.page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)), clientCount: links.length };
}
