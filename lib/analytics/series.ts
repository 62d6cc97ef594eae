import type { DaySummary, MemberHistory } from "@/lib/analytics/history";
import { acuteChronicSeries, dailyLoads } from "@/lib/analytics/load";
import { mainLifts, weeklyBestE1rm } from "@/lib/analytics/strength-trend";
import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { estimateMaintenance } from "@/lib/nutrition/adaptive-energy";
import { muscleGroups, type MuscleGroup, type ProgressRange, type TProgressOverview } from "@/lib/schemas/progress";
import type { Muscle } from "@/lib/train/vocabulary";

/**
 * The Progress screen's chart series from a member's history (pure: unit-tested on synthetic
 * histories). The history may start before `fromDayKey` (the loader reads 27 extra days so the
 * acute:chronic ratio and the adaptive energy estimate have their look-back); every series covers
 * `fromDayKey`…`toDayKey` only. Short ranges (4 and 12 weeks) are day by day; 1 year and all are weekly
 * (averages, sums or the week's last value, as each measure needs), so a phone chart stays readable.
 */
export type SeriesOptions = { range: ProgressRange; fromDayKey: string; toDayKey: string };

/** The look-back before `fromDayKey` the series need (acute:chronic and the 28-day energy estimate). */
export const SERIES_LOOKBACK_DAYS = 27;
/** How many lifts get an e1RM trend line. */
export const MAX_E1RM_LIFTS = 4;
/** At most this many adaptive-estimate points (each one is a 28-day regression). */
export const MAX_ESTIMATE_POINTS = 53;
/** How many records the PR timeline lists (newest). */
export const MAX_RECORDS = 60;

export const muscleGroupOf: Record<Muscle, MuscleGroup> = {
  chest: "chest",
  front_delts: "shoulders",
  side_delts: "shoulders",
  rear_delts: "shoulders",
  lats: "back",
  upper_back: "back",
  traps: "back",
  lower_back: "back",
  neck: "back",
  biceps: "arms",
  triceps: "arms",
  forearms: "arms",
  abs: "core",
  obliques: "core",
  hip_flexors: "legs",
  glutes: "legs",
  quads: "legs",
  hamstrings: "legs",
  adductors: "legs",
  abductors: "legs",
  calves: "legs",
};

// Mondays by plain UTC epoch days (as lib/dates/day-key.ts does its day arithmetic), cached per key.
const DAY_MS = 86_400_000;
const epochDay = (dayKey: string) => Date.UTC(Number(dayKey.slice(0, 4)), Number(dayKey.slice(5, 7)) - 1, Number(dayKey.slice(8, 10))) / DAY_MS;
const keyOfEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekStarts_ = new Map<string, string>();

export const granularityOf = (range: ProgressRange): "day" | "week" => (range === "4w" || range === "12w" ? "day" : "week");

/** The Monday of a day's ISO week. */
export function weekStartOf(dayKey: string): string {
  let monday = weekStarts_.get(dayKey);
  if (monday === undefined) {
    const day = epochDay(dayKey);
    // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    monday = keyOfEpochDay(day - (((day + 3) % 7) + 7) % 7);
    if (weekStarts_.size > 20_000) weekStarts_.clear();
    weekStarts_.set(dayKey, monday);
  }
  return monday;
}

/** The Monday of an ISO week key ("2026-W48"). */
export function weekStartOfWeekKey(weekKey: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(weekKey);
  if (!match) throw new Error(`Not a week key: ${weekKey}`);
  const jan4 = `${match[1]}-01-04`;
  return addDaysToKey(weekStartOf(jan4), (Number(match[2]) - 1) * 7);
}

/** Every Monday from the week of `fromDayKey` to the week of `toDayKey`. */
export function weekStarts(fromDayKey: string, toDayKey: string): string[] {
  const first = weekStartOf(fromDayKey);
  const last = weekStartOf(toDayKey);
  const weeks: string[] = [];
  for (let week = first; week <= last; week = addDaysToKey(week, 7)) weeks.push(week);
  return weeks;
}

export function dayKeysBetween(fromDayKey: string, toDayKey: string): string[] {
  const count = daysBetween(fromDayKey, toDayKey) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDaysToKey(fromDayKey, index));
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Groups points by their week's Monday, keeping order. */
function byWeek<T>(items: readonly T[], dayKeyOf: (item: T) => string): Map<string, T[]> {
  const weeks = new Map<string, T[]>();
  for (const item of items) {
    const week = weekStartOf(dayKeyOf(item));
    const list = weeks.get(week) ?? [];
    list.push(item);
    weeks.set(week, list);
  }
  return weeks;
}

/** Best e1RM per ISO week for one exercise (weeklyBestE1rm), oldest first, keyed by the week's Monday. */
export function weeklyBest(history: MemberHistory, exerciseId: string): { weekStart: string; e1rmKg: number }[] {
  return weeklyBestE1rm(history, exerciseId).map(({ weekKey, e1rmKg }) => ({ weekStart: weekStartOfWeekKey(weekKey), e1rmKg: round(e1rmKg) }));
}

function trainingSeries(history: MemberHistory, days: readonly DaySummary[], options: SeriesOptions, granularity: "day" | "week"): TProgressOverview["training"] {
  const { fromDayKey, toDayKey } = options;
  const weeks = weekStarts(fromDayKey, toDayKey);
  const weekIndex = new Map(weeks.map((week, index) => [week, index]));

  const volume = weeks.map((weekStart) => ({ weekStart, sets: muscleGroups.map(() => 0), volumeKg: muscleGroups.map(() => 0) }));
  const workouts = weeks.map((weekStart) => ({ weekStart, sessions: 0, planned: history.plannedSessionsPerWeek }));
  const names = new Map(history.exercises.map((exercise) => [exercise.exerciseId, exercise.name]));
  const best = new Map<string, { dayKey: string; exerciseId: string; name: string; kind: string; value: number }>();
  let sessions = 0;
  for (const day of days) {
    const index = weekIndex.get(weekStartOf(day.dayKey));
    if (index === undefined) continue;
    for (const session of day.sessions) {
      sessions += 1;
      workouts[index].sessions += 1;
      for (const [muscle, totals] of Object.entries(session.volumeByMuscle)) {
        const group = muscleGroups.indexOf(muscleGroupOf[muscle as Muscle] ?? "core");
        if (!totals || group < 0) continue;
        volume[index].sets[group] += totals.sets;
        volume[index].volumeKg[group] += totals.volumeKg;
      }
      // One entry per day, exercise and kind: the best value that day.
      for (const record of session.records) {
        const key = `${day.dayKey}:${record.exerciseId}:${record.kind}`;
        const previous = best.get(key);
        if (!previous || record.value > previous.value) best.set(key, { dayKey: day.dayKey, exerciseId: record.exerciseId, name: names.get(record.exerciseId) ?? record.exerciseId, kind: record.kind, value: round(record.value, 2) });
      }
    }
  }
  for (const week of volume) {
    week.sets = week.sets.map((value) => round(value));
    week.volumeKg = week.volumeKg.map((value) => Math.round(value));
  }
  const used = muscleGroups.filter((_, group) => volume.some((week) => week.sets[group] > 0));

  const firstWeek = weekStartOf(fromDayKey);
  const e1rm = mainLifts(history)
    .slice(0, MAX_E1RM_LIFTS)
    .map((lift) => ({ exerciseId: lift.exerciseId, name: lift.name, points: weeklyBest(history, lift.exerciseId).filter((point) => point.weekStart >= firstWeek && point.weekStart <= toDayKey) }))
    .filter((lift) => lift.points.length > 0);

  const daily = dailyLoads(history, fromDayKey, toDayKey);
  const ratios = acuteChronicSeries(history, fromDayKey, toDayKey);
  const loadPoints = daily.map((point, index) => ({
    key: point.dayKey,
    load: Math.round(point.load),
    acute: Math.round(ratios[index]?.acute ?? 0),
    chronicWeekly: Math.round(ratios[index]?.chronicWeekly ?? 0),
    ratio: ratios[index]?.ratio == null ? null : round(ratios[index].ratio!, 2),
  }));
  const load =
    granularity === "day"
      ? loadPoints
      : [...byWeek(loadPoints, (point) => point.key).entries()].map(([weekStart, points]) => {
          const last = points[points.length - 1];
          return { ...last, key: weekStart, load: points.reduce((sum, point) => sum + point.load, 0) };
        });
  const anyLoad = loadPoints.some((point) => point.load > 0);

  const records = [...best.values()].sort((a, b) => (a.dayKey < b.dayKey ? -1 : a.dayKey > b.dayKey ? 1 : a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind))).slice(-MAX_RECORDS);
  return { sessions, muscleGroups: used, weeklyVolume: sessions > 0 ? volume : [], e1rm, load: anyLoad ? load : [], workoutsPerWeek: sessions > 0 || history.plannedSessionsPerWeek ? workouts : [], records };
}

function habitSeries(history: MemberHistory, days: readonly DaySummary[], options: SeriesOptions, granularity: "day" | "week"): TProgressOverview["habits"] {
  const { fromDayKey, toDayKey } = options;
  const strength = history.habits
    .map((habit) => {
      const points = habit.strength.filter((point) => point.dayKey >= fromDayKey && point.dayKey <= toDayKey).map((point) => ({ key: point.dayKey, value: round(point.value) }));
      // Weekly: the strength at the end of each week (the last day in the range).
      const shaped = granularity === "day" ? points : [...byWeek(points, (point) => point.key).entries()].map(([weekStart, week]) => ({ key: weekStart, value: week[week.length - 1].value }));
      return { habitId: habit.habitId, name: habit.name, archived: habit.archived, points: shaped };
    })
    .filter((habit) => habit.points.length > 0);

  const cells = new Map<string, { due: number; done: number }>();
  for (const day of days) {
    for (const habit of day.habits) {
      if (habit.status !== "done" && habit.status !== "partial" && habit.status !== "missed") continue;
      const key = granularity === "day" ? day.dayKey : weekStartOf(day.dayKey);
      const cell = cells.get(key) ?? { due: 0, done: 0 };
      cell.due += 1;
      cell.done += habit.status === "done" ? 1 : habit.status === "partial" ? 0.5 : 0;
      cells.set(key, cell);
    }
  }
  const keys = granularity === "day" ? dayKeysBetween(fromDayKey, toDayKey) : weekStarts(fromDayKey, toDayKey);
  const heatmap = cells.size === 0 ? [] : keys.map((key) => {
    const cell = cells.get(key) ?? { due: 0, done: 0 };
    return { key, due: cell.due, done: cell.done, share: cell.due > 0 ? round(cell.done / cell.due, 2) : null };
  });
  return { strength, heatmap };
}

function nutritionSeries(history: MemberHistory, days: readonly DaySummary[], options: SeriesOptions, granularity: "day" | "week"): TProgressOverview["nutrition"] {
  const { fromDayKey, toDayKey } = options;
  const logged = days.filter((day) => day.nutrition && day.nutrition.entries > 0);
  const daily = logged.map((day) => {
    const n = day.nutrition!;
    return { key: day.dayKey, days: 1, energyKcal: Math.round(n.energyKcal), targetKcal: n.target ? Math.round(n.target.energyKcal) : null, proteinG: round(n.proteinG), carbsG: round(n.carbsG), fatG: round(n.fatG) };
  });
  const intake =
    granularity === "day"
      ? daily
      : [...byWeek(daily, (point) => point.key).entries()].map(([weekStart, week]) => {
          const targets = week.map((point) => point.targetKcal).filter((value): value is number => value !== null);
          return {
            key: weekStart,
            days: week.length,
            energyKcal: Math.round(mean(week.map((point) => point.energyKcal))),
            targetKcal: targets.length ? Math.round(mean(targets)) : null,
            proteinG: round(mean(week.map((point) => point.proteinG))),
            carbsG: round(mean(week.map((point) => point.carbsG))),
            fatG: round(mean(week.map((point) => point.fatG))),
          };
        });

  let proteinKcal = 0;
  let carbsKcal = 0;
  let fatKcal = 0;
  for (const day of logged) {
    proteinKcal += day.nutrition!.proteinG * 4;
    carbsKcal += day.nutrition!.carbsG * 4;
    fatKcal += day.nutrition!.fatG * 9;
  }
  const macroKcal = proteinKcal + carbsKcal + fatKcal;
  const macroSplit =
    macroKcal > 0
      ? { proteinPct: round((proteinKcal / macroKcal) * 100), carbsPct: round((carbsKcal / macroKcal) * 100), fatPct: round((fatKcal / macroKcal) * 100), days: logged.length }
      : null;

  // The adaptive estimate at the end of every week (and today), over the 28 days before it: the same
  // computation as the Eat screen's estimate (lib/nutrition/adaptive-energy), so the line is comparable.
  const intakeAll = history.days.filter((day) => day.nutrition && day.nutrition.entries > 0).map((day) => ({ dayKey: day.dayKey, kcal: day.nutrition!.energyKcal }));
  const weightsAll = history.days.filter((day) => day.weightKg !== null).map((day) => ({ dayKey: day.dayKey, kg: day.weightKg! }));
  const computed: TProgressOverview["nutrition"]["energyEstimates"] = [];
  if (intakeAll.length > 0 && weightsAll.length > 0) {
    const mondays = weekStarts(fromDayKey, toDayKey);
    // At most about a year's worth of weekly points: longer ranges take every n-th week (and always the last).
    const step = Math.max(1, Math.ceil(mondays.length / MAX_ESTIMATE_POINTS));
    const ends = mondays
      .filter((_, index) => (mondays.length - 1 - index) % step === 0)
      .map((monday) => addDaysToKey(monday, 6))
      .map((sunday) => (sunday > toDayKey ? toDayKey : sunday))
      .filter((end) => end >= fromDayKey);
    for (const endDayKey of ends) {
      const start = addDaysToKey(endDayKey, -27);
      const estimate = estimateMaintenance({
        intake: intakeAll.filter((row) => row.dayKey >= start && row.dayKey <= endDayKey),
        weights: weightsAll.filter((row) => row.dayKey >= start && row.dayKey <= endDayKey),
        endDayKey,
        windowDays: 28,
      });
      if (estimate.kind === "estimate") computed.push({ key: granularity === "day" ? endDayKey : weekStartOf(endDayKey), maintenanceKcal: Math.round(estimate.maintenanceKcal), confidence: estimate.confidence, source: "computed" });
    }
  }
  const proposals = history.energyEstimates
    .filter((estimate) => estimate.dayKey >= fromDayKey && estimate.dayKey <= toDayKey)
    .map((estimate) => ({ key: granularity === "day" ? estimate.dayKey : weekStartOf(estimate.dayKey), maintenanceKcal: Math.round(estimate.maintenanceKcal), confidence: estimate.confidence, source: "proposal" as const }));
  const energyEstimates = [...computed, ...proposals].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.source.localeCompare(b.source)));
  return { intake, macroSplit, energyEstimates };
}

function mindSeries(history: MemberHistory, days: readonly DaySummary[], options: SeriesOptions, granularity: "day" | "week"): TProgressOverview["mind"] {
  const { fromDayKey, toDayKey } = options;
  const daily = days
    .filter((day) => day.checkIn)
    .map((day) => ({ key: day.dayKey, days: 1, ...day.checkIn! }));
  const checkIns =
    granularity === "day"
      ? daily
      : [...byWeek(daily, (point) => point.key).entries()].map(([weekStart, week]) => ({
          key: weekStart,
          days: week.length,
          mood: round(mean(week.map((point) => point.mood))),
          energy: round(mean(week.map((point) => point.energy))),
          stress: round(mean(week.map((point) => point.stress))),
          sleepHours: round(mean(week.map((point) => point.sleepHours))),
          sleepQuality: round(mean(week.map((point) => point.sleepQuality))),
        }));
  const who5 = history.questionnaires
    .filter((row) => row.instrument === "who5" && row.dayKey >= fromDayKey && row.dayKey <= toDayKey)
    .map((row) => ({ dayKey: row.dayKey, score: row.score, percent: row.percent }));
  return { checkIns, who5 };
}

/** Every Progress chart's series for one range. */
export function progressSeries(history: MemberHistory, options: SeriesOptions): TProgressOverview {
  const granularity = granularityOf(options.range);
  const days = history.days.filter((day) => day.dayKey >= options.fromDayKey && day.dayKey <= options.toDayKey);
  return {
    range: options.range,
    fromDayKey: options.fromDayKey,
    toDayKey: options.toDayKey,
    granularity,
    training: trainingSeries(history, days, options, granularity),
    habits: habitSeries(history, days, options, granularity),
    nutrition: nutritionSeries(history, days, options, granularity),
    mind: mindSeries(history, days, options, granularity),
  };
}
