import { addDaysToKey } from "@/lib/dates/day-key";
import type {
  CheckInSummary,
  DaySummary,
  ExerciseInfo,
  HabitInfo,
  MemberHistory,
  NutritionDaySummary,
  TrainingSessionSummary,
} from "@/lib/analytics/history";

/**
 * Synthetic member histories for the insights tests. `history()` takes loose day descriptions (any
 * order, the same day given twice is merged) and fills in everything else with neutral values.
 */
let sessionCounter = 0;

export function session(partial: Partial<TrainingSessionSummary> = {}): TrainingSessionSummary {
  sessionCounter += 1;
  const minutes = partial.minutes === undefined ? 60 : partial.minutes;
  const rpe = partial.rpe === undefined ? 7 : partial.rpe;
  return {
    sessionId: `s${sessionCounter}`,
    name: "Workout",
    minutes,
    rpe,
    load: minutes !== null && rpe !== null ? minutes * rpe : null,
    workingSets: 15,
    volumeByMuscle: {},
    bestE1rmKg: {},
    records: [],
    fromProgram: true,
    ...partial,
  };
}

/** A session with only a load (minutes 60, RPE = load / 60). */
export const loadSession = (load: number) => session({ minutes: 60, rpe: load / 60, load });

export function checkIn(partial: Partial<CheckInSummary> = {}): CheckInSummary {
  return { mood: 3, energy: 3, stress: 3, sleepHours: 7.5, sleepQuality: 3, ...partial };
}

export function nutrition(partial: Partial<NutritionDaySummary> = {}): NutritionDaySummary {
  return {
    energyKcal: 2000,
    proteinG: 120,
    carbsG: 220,
    fatG: 70,
    fibreG: 30,
    waterMl: 2000,
    target: { energyKcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 },
    entries: 5,
    ...partial,
  };
}

export type DayInput = Partial<Omit<DaySummary, "dayKey">> & { dayKey: string };

export function day(input: DayInput): DaySummary {
  return { sessions: [], nutrition: null, weightKg: null, measurementsCm: {}, checkIn: null, habits: [], ...input };
}

export const squat: ExerciseInfo = { exerciseId: "back-squat", name: "Back squat", isMainLift: true };
export const bench: ExerciseInfo = { exerciseId: "bench-press", name: "Bench press", isMainLift: true };
export const curl: ExerciseInfo = { exerciseId: "biceps-curl", name: "Biceps curl", isMainLift: false };

export type HistoryInput = Partial<Omit<MemberHistory, "days">> & { days?: DayInput[] };

export function history(input: HistoryInput = {}): MemberHistory {
  const merged = new Map<string, DaySummary>();
  for (const raw of input.days ?? []) {
    const previous = merged.get(raw.dayKey);
    const next = day(raw);
    if (previous) {
      merged.set(raw.dayKey, {
        ...previous,
        ...raw,
        sessions: [...previous.sessions, ...next.sessions],
        habits: [...previous.habits, ...next.habits],
        measurementsCm: { ...previous.measurementsCm, ...next.measurementsCm },
        nutrition: raw.nutrition !== undefined ? next.nutrition : previous.nutrition,
        checkIn: raw.checkIn !== undefined ? next.checkIn : previous.checkIn,
        weightKg: raw.weightKg !== undefined ? next.weightKg : previous.weightKg,
      });
    } else merged.set(raw.dayKey, next);
  }
  const days = [...merged.values()].sort((a, b) => (a.dayKey < b.dayKey ? -1 : 1));
  return {
    memberId: "member-1",
    timeZone: "UTC",
    fromDayKey: days[0]?.dayKey ?? "2026-01-01",
    toDayKey: days[days.length - 1]?.dayKey ?? "2026-01-01",
    habits: [] as HabitInfo[],
    exercises: [squat, bench, curl],
    questionnaires: [],
    energyEstimates: [],
    plannedSessionsPerWeek: null,
    goal: "general_health",
    mindAccess: "all",
    ...input,
    days,
  };
}

/** `count` consecutive day keys ending on `endDayKey` (oldest first). */
export function daysEnding(endDayKey: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDaysToKey(endDayKey, i - count + 1));
}
