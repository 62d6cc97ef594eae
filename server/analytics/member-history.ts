import "server-only";
import { Types } from "mongoose";
import type {
  CheckInSummary,
  DaySummary,
  ExerciseInfo,
  HabitDaySummary,
  HabitInfo,
  MemberHistory,
  NutritionDaySummary,
  QuestionnaireSummary,
  TrainingSessionSummary,
} from "@/lib/analytics/history";
import { isMainLiftId } from "@/lib/analytics/main-lifts";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { dayStatusOf, type CheckIns } from "@/lib/habits/habit-schedule";
import { strengthSeries } from "@/lib/habits/habit-strength";
import type { TProgramContent } from "@/lib/schemas/program";
import { scheduledDay } from "@/lib/train/schedule";
import { BodyMeasurementModel } from "@/server/body/body-measurement-model";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { toDomain } from "@/server/habits/habit-service";
import { MindCheckInModel } from "@/server/mind/mind-checkin-model";
import { MindQuestionnaireModel } from "@/server/mind/questionnaire-model";
import { BodyWeightModel } from "@/server/nutrition/body-weight-model";
import { NutritionDayModel } from "@/server/nutrition/nutrition-day-model";
import { NutritionProposalModel } from "@/server/nutrition/nutrition-plan-model";
import { dayTargetsOf, effectiveTargets, readPlan } from "@/server/nutrition/targets-service";
import { ExerciseModel } from "@/server/train/exercise-model";
import { findActiveProgram } from "@/server/train/program-service";
import { UserModel } from "@/server/users/user-model";
import { TrainingDayModel } from "./training-day-model";
import { ensureTrainingDaysFresh } from "./training-days";

export type MindAccess = MemberHistory["mindAccess"];
export type LoadHistoryOptions = {
  /** Last day (member-local, inclusive). */
  toDayKey: string;
  /** First day (inclusive); without it, from the member's first record. */
  fromDayKey?: string;
  /** What of the Mind data the reader may see: check-ins only with "all" or "scores", questionnaires only with "all". */
  mindAccess: MindAccess;
  /** Skip the rollup freshness check (the caller refreshed already, e.g. the benchmark's second pass). */
  skipFreshness?: boolean;
};

/** `_id` bounds of a member's day-keyed documents: "<id>:" sorts before every "<id>:YYYY-MM-DD". */
function idRange(memberId: string, fromDayKey: string | undefined, toDayKey: string) {
  return { _id: { $gte: `${memberId}:${fromDayKey ?? ""}`, $lte: `${memberId}:${toDayKey}` } };
}

const dayOfId = (id: string) => id.slice(id.lastIndexOf(":") + 1);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

type Nutrients = { energyKcal: number; proteinG: number; carbsG: number; fatG: number };
type TargetRow = { fromDayKey: string; training: Nutrients; rest: Nutrients };

/**
 * The targets in force per day: the plan's history (newest first in the document) turned into dated
 * rows; days before the first row use the oldest known targets (or, without a plan, what the profile
 * suggests), so a chart shows the member a line to compare against from the start.
 */
async function targetTimeline(memberId: string, timeZone: string): Promise<TargetRow[]> {
  const plan = await readPlan(memberId);
  const rows: TargetRow[] = [];
  for (const change of [...(plan?.history ?? [])].reverse()) {
    const targets = dayTargetsOf(change.targets);
    if (!targets || !change.at) continue;
    rows.push({ fromDayKey: dayKeyOf(new Date(change.at), timeZone), ...targets });
  }
  const current = plan ? dayTargetsOf(plan.targets) : (await effectiveTargets(memberId)).targets;
  if (rows.length === 0 && current) rows.push({ fromDayKey: "", ...current });
  if (rows.length > 0) rows[0] = { ...rows[0], fromDayKey: "" };
  return rows;
}

function targetOn(rows: readonly TargetRow[], dayKey: string, training: boolean): Nutrients | null {
  let found: TargetRow | null = null;
  for (const row of rows) if (row.fromDayKey <= dayKey) found = row;
  if (!found) return null;
  const day = training ? found.training : found.rest;
  return { energyKcal: day.energyKcal, proteinG: day.proteinG, carbsG: day.carbsG, fatG: day.fatG };
}

/** Habit day statuses as the history names them; days before the start, in the future, or still open today are left out. */
function habitStatus(status: ReturnType<typeof dayStatusOf>): HabitDaySummary["status"] | null {
  switch (status) {
    case "done":
    case "partial":
    case "missed":
    case "skipped":
    case "paused":
      return status;
    case "not_scheduled":
      return "not_due";
    default:
      return null;
  }
}

/**
 * A member's history between two member-local days, one DaySummary per day with anything logged.
 *
 * Fast path: every per-day source is read as one `_id` range on a day-keyed collection (training_days
 * rollups, nutrition_days, body_weights, body_measurements, mind_checkins); no set is read here except
 * for the rollups refreshed first (today, yesterday and days whose sessions changed since the last read;
 * see ensureTrainingDaysFresh). Habits, questionnaires and proposals are small per-member lists.
 * Mind check-ins are read only with mindAccess "all" or "scores", questionnaires only with "all";
 * encrypted notes are never read.
 */
export async function loadMemberHistory(memberId: string, options: LoadHistoryOptions): Promise<MemberHistory> {
  const { toDayKey, fromDayKey, mindAccess } = options;
  const user = await UserModel.findById(new Types.ObjectId(memberId)).select({ "profile.timeZone": 1, "profile.goal": 1 }).lean();
  const timeZone = user?.profile?.timeZone ?? "UTC";
  const goal = user?.profile?.goal ?? "general_fitness";
  if (!options.skipFreshness) {
    const today = dayKeyOf(new Date(), timeZone);
    await ensureTrainingDaysFresh(memberId, [today, addDaysToKey(today, -1)]);
  }
  const range = idRange(memberId, fromDayKey, toDayKey);
  const readsMind = mindAccess === "all" || mindAccess === "scores";
  const userId = new Types.ObjectId(memberId);

  const [trainingDays, nutritionDays, weights, measurements, checkIns, habits, habitCheckIns, questionnaires, proposals, active, targets] = await Promise.all([
    TrainingDayModel.find(range).select({ sessions: 1 }).lean(),
    NutritionDayModel.find(range).select({ "entries.nutrients": 1, water: 1 }).lean(),
    BodyWeightModel.find(range).select({ kg: 1 }).lean(),
    BodyMeasurementModel.find(range).select({ sites: 1 }).lean(),
    readsMind ? MindCheckInModel.find(range).select({ mood: 1, energy: 1, stress: 1, sleepHours: 1, sleepQuality: 1 }).lean() : Promise.resolve([]),
    HabitModel.find({ userId }).select({ name: 1, type: 1, target: 1, schedule: 1, startDate: 1, endDate: 1, pauses: 1, archivedAt: 1 }).lean(),
    HabitCheckInModel.find({ userId, dayKey: { $lte: toDayKey } }).select({ habitId: 1, dayKey: 1, value: 1, skipped: 1 }).lean(),
    mindAccess === "all" ? MindQuestionnaireModel.find({ userId }).select({ instrument: 1, dayKey: 1, score: 1, percentage: 1, flags: 1 }).lean() : Promise.resolve([]),
    NutritionProposalModel.find({ userId }).select({ estimate: 1 }).lean(),
    findActiveProgram(memberId),
    targetTimeline(memberId, timeZone),
  ]);

  const days = new Map<string, DaySummary>();
  const dayOf = (dayKey: string): DaySummary => {
    let day = days.get(dayKey);
    if (!day) {
      day = { dayKey, sessions: [], nutrition: null, weightKg: null, measurementsCm: {}, checkIn: null, habits: [] };
      days.set(dayKey, day);
    }
    return day;
  };

  for (const doc of trainingDays) {
    const sessions = (doc.sessions ?? []) as TrainingSessionSummary[];
    if (sessions.length > 0) dayOf(dayOfId(doc._id)).sessions = sessions;
  }

  const weeks = active ? (active.program.weeks as TProgramContent["weeks"]) : null;
  const scheduled = (dayKey: string) => Boolean(active && weeks && scheduledDay(weeks, active.startDate, dayKey).status === "training");
  for (const doc of nutritionDays) {
    const entries = (doc.entries ?? []) as { nutrients?: { energyKcal?: number; proteinG?: number; carbsG?: number; fatG?: number; fiberG?: number } }[];
    const water = (doc.water ?? []) as { ml?: number }[];
    if (entries.length === 0 && water.length === 0) continue;
    const dayKey = dayOfId(String(doc._id));
    const sum = (pick: (n: NonNullable<(typeof entries)[number]["nutrients"]>) => number | undefined) => round(entries.reduce((total, entry) => total + (entry.nutrients ? (pick(entry.nutrients) ?? 0) : 0), 0));
    const day = dayOf(dayKey);
    const summary: NutritionDaySummary = {
      energyKcal: Math.round(sum((n) => n.energyKcal)),
      proteinG: sum((n) => n.proteinG),
      carbsG: sum((n) => n.carbsG),
      fatG: sum((n) => n.fatG),
      fibreG: sum((n) => n.fiberG),
      waterMl: water.reduce((total, row) => total + (row.ml ?? 0), 0),
      target: targetOn(targets, dayKey, day.sessions.length > 0 || scheduled(dayKey)),
      entries: entries.length,
    };
    day.nutrition = summary;
  }

  for (const doc of weights) dayOf(dayOfId(String(doc._id))).weightKg = doc.kg;
  for (const doc of measurements) {
    const sites = Object.fromEntries(Object.entries((doc.sites ?? {}) as Record<string, number | null | undefined>).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
    if (Object.keys(sites).length > 0) dayOf(dayOfId(String(doc._id))).measurementsCm = sites;
  }
  for (const doc of checkIns as { _id: string; mood: number; energy: number; stress: number; sleepHours: number; sleepQuality: number }[]) {
    const checkIn: CheckInSummary = { mood: doc.mood, energy: doc.energy, stress: doc.stress, sleepHours: doc.sleepHours, sleepQuality: doc.sleepQuality };
    dayOf(dayOfId(doc._id)).checkIn = checkIn;
  }

  // Habits: statuses per day in the range and the strength series (computed from each habit's start, as the habit screens do).
  const checkInsByHabit = new Map<string, Map<string, { value: number; skipped: boolean }>>();
  for (const row of habitCheckIns) {
    const key = String(row.habitId);
    const map = checkInsByHabit.get(key) ?? new Map();
    map.set(row.dayKey, { value: row.value ?? 0, skipped: Boolean(row.skipped) });
    checkInsByHabit.set(key, map);
  }
  const habitInfos: HabitInfo[] = [];
  for (const habit of habits) {
    const habitId = String(habit._id);
    const domain = toDomain(habit);
    const marks: CheckIns = checkInsByHabit.get(habitId) ?? new Map();
    const series = strengthSeries(domain, marks, toDayKey);
    const inRange = series.filter((point) => !fromDayKey || point.dayKey >= fromDayKey);
    if (inRange.length === 0) continue;
    habitInfos.push({ habitId, name: habit.name, archived: Boolean(habit.archivedAt), strength: inRange.map((point) => ({ dayKey: point.dayKey, value: round(point.score * 100) })) });
    for (const point of inRange) {
      const status = habitStatus(dayStatusOf(domain, marks, point.dayKey, toDayKey));
      if (!status || status === "not_due" || status === "paused") continue;
      dayOf(point.dayKey).habits.push({ habitId, status, value: marks.get(point.dayKey)?.value ?? 0 });
    }
  }

  const sorted = [...days.values()].filter((day) => (!fromDayKey || day.dayKey >= fromDayKey) && day.dayKey <= toDayKey).sort((a, b) => (a.dayKey < b.dayKey ? -1 : 1));

  const exerciseIds = [...new Set(sorted.flatMap((day) => day.sessions.flatMap((session) => [...Object.keys(session.bestE1rmKg), ...session.records.map((record) => record.exerciseId)])))];
  const exerciseDocs = exerciseIds.length ? await ExerciseModel.find({ _id: { $in: exerciseIds } }).select({ name: 1 }).lean() : [];
  const names = new Map(exerciseDocs.map((doc) => [String(doc._id), doc.name]));
  const exercises: ExerciseInfo[] = exerciseIds.map((exerciseId) => ({ exerciseId, name: names.get(exerciseId) ?? exerciseId, isMainLift: isMainLiftId(exerciseId) }));

  const questionnaireSummaries: QuestionnaireSummary[] = (questionnaires as { instrument: QuestionnaireSummary["instrument"]; dayKey: string; score: number; percentage?: number | null; flags?: { low?: boolean; drop?: boolean; positive?: boolean } }[])
    .filter((row) => (!fromDayKey || row.dayKey >= fromDayKey) && row.dayKey <= toDayKey)
    .map((row) => ({ instrument: row.instrument, dayKey: row.dayKey, score: row.score, percent: row.percentage ?? null, flagged: Boolean(row.flags?.low || row.flags?.drop || row.flags?.positive) }))
    .sort((a, b) => (a.dayKey < b.dayKey ? -1 : a.dayKey > b.dayKey ? 1 : 0));

  const energyEstimates = proposals
    .map((row) => row.estimate as { kind?: string; maintenanceKcal?: number; confidence?: "low" | "medium" | "high"; toDayKey?: string } | null)
    .filter((estimate): estimate is { kind: "estimate"; maintenanceKcal: number; confidence: "low" | "medium" | "high"; toDayKey: string } => estimate?.kind === "estimate" && typeof estimate.maintenanceKcal === "number" && typeof estimate.toDayKey === "string")
    .filter((estimate) => (!fromDayKey || estimate.toDayKey >= fromDayKey) && estimate.toDayKey <= toDayKey)
    .map((estimate) => ({ dayKey: estimate.toDayKey, maintenanceKcal: Math.round(estimate.maintenanceKcal), confidence: estimate.confidence }))
    .sort((a, b) => (a.dayKey < b.dayKey ? -1 : 1));

  const firstWeek = (weeks ?? [])[0] as { days?: unknown[] } | undefined;
  return {
    memberId,
    timeZone,
    fromDayKey: fromDayKey ?? sorted[0]?.dayKey ?? toDayKey,
    toDayKey,
    days: sorted,
    habits: habitInfos,
    exercises,
    questionnaires: questionnaireSummaries,
    energyEstimates,
    plannedSessionsPerWeek: firstWeek?.days ? firstWeek.days.length : null,
    plannedSince: active ? active.startDate : null,
    goal,
    mindAccess,
  };
}
