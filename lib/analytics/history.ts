import type { Muscle } from "@/lib/train/vocabulary";

/**
 * A member's history as the analytics and the insights engine read it: one summary per member-local
 * day (YYYY-MM-DD keys, computed in the member's zone when the data was written), oldest first, days
 * with nothing logged left out. Built on the server (server/analytics/member-history.ts) from the
 * day-keyed documents and the training-day rollups; every function over it is pure, so signals are
 * unit-tested on synthetic histories. Weights are kg, energy kcal, water ml, lengths cm.
 */
export type TrainingSessionSummary = {
  sessionId: string;
  name: string;
  /** Minutes from start to finish (or as entered); null when unknown. */
  minutes: number | null;
  /** Session RPE 1–10 as the member rated it; null when not rated. */
  rpe: number | null;
  /** Session load in arbitrary units: RPE × minutes (Foster's session-RPE); null without both. */
  load: number | null;
  /** Working sets (warm-ups excluded). */
  workingSets: number;
  /** Hard sets and volume (kg × reps) per muscle: primary muscles count 1, secondary 0.5. */
  volumeByMuscle: Partial<Record<Muscle, { sets: number; volumeKg: number }>>;
  /** Best estimated one-rep max per exercise id in this session (kg). */
  bestE1rmKg: Record<string, number>;
  /** Records set in this session. */
  records: { exerciseId: string; kind: string; value: number }[];
  /** Whether this session came from a program day (scheduled) rather than an ad-hoc workout. */
  fromProgram: boolean;
};

export type NutritionDaySummary = {
  energyKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  fibreG: number;
  waterMl: number;
  /** The target in force that day (training or rest day), when the member had one. */
  target: { energyKcal: number; proteinG: number; carbsG: number; fatG: number } | null;
  entries: number;
};

export type CheckInSummary = { mood: number; energy: number; stress: number; sleepHours: number; sleepQuality: number };

export type HabitDaySummary = { habitId: string; status: "done" | "partial" | "missed" | "skipped" | "not_due" | "paused"; value: number };

export type DaySummary = {
  dayKey: string;
  sessions: TrainingSessionSummary[];
  nutrition: NutritionDaySummary | null;
  weightKg: number | null;
  /** Body measurements taken that day, by site. */
  measurementsCm: Partial<Record<string, number>>;
  /** Null when there is no check-in, or when the reader may not see it (consent). */
  checkIn: CheckInSummary | null;
  habits: HabitDaySummary[];
};

export type HabitInfo = {
  habitId: string;
  name: string;
  /** Habit strength 0–100 per day, oldest first, from the habit's own start (lib/habits/habit-strength). */
  strength: { dayKey: string; value: number }[];
  archived: boolean;
};

export type ExerciseInfo = { exerciseId: string; name: string; isMainLift: boolean };

export type QuestionnaireSummary = { instrument: "who5" | "phq2" | "gad2"; dayKey: string; score: number; percent: number | null; flagged: boolean };

export type MemberHistory = {
  memberId: string;
  timeZone: string;
  /** First and last day covered (inclusive). */
  fromDayKey: string;
  toDayKey: string;
  days: DaySummary[];
  habits: HabitInfo[];
  exercises: ExerciseInfo[];
  /** Only the member's own reads carry these; never shared with a trainer. */
  questionnaires: QuestionnaireSummary[];
  /** Adaptive energy estimates over time (maintenance kcal) with their confidence. */
  energyEstimates: { dayKey: string; maintenanceKcal: number; confidence: "low" | "medium" | "high" }[];
  /** Scheduled program days per week the member planned (null without a program). */
  plannedSessionsPerWeek: number | null;
  /** The member-local day the active program started (null without one): no session is due before it. */
  plannedSince?: string | null;
  goal: string;
  /** What of the Mind data the reader may see: "all" for the member, the sharing level for a trainer. */
  mindAccess: "all" | "scores" | "trends" | "none";
};
