import { z } from "zod";

/** The periods every Progress chart offers. "all" starts at the member's first record. */
export const progressRanges = ["4w", "12w", "1y", "all"] as const;
export type ProgressRange = (typeof progressRanges)[number];
export const ZProgressRangeSchema = z.enum(progressRanges, "Choose 4 weeks, 12 weeks, 1 year or all");
export const progressRangeLabels: Record<ProgressRange, string> = { "4w": "4 weeks", "12w": "12 weeks", "1y": "1 year", all: "All" };
/** Days each range covers (ending today, inclusive); null for all. */
export const progressRangeDays: Record<ProgressRange, number | null> = { "4w": 28, "12w": 84, "1y": 365, all: null };

/** Muscle groups the weekly volume chart stacks (lib/analytics/series.ts maps every muscle to one). */
export const muscleGroups = ["chest", "back", "shoulders", "arms", "legs", "core"] as const;
export type MuscleGroup = (typeof muscleGroups)[number];
export const muscleGroupLabels: Record<MuscleGroup, string> = { chest: "Chest", back: "Back", shoulders: "Shoulders", arms: "Arms", legs: "Legs", core: "Core" };

export const ZProgressOverviewRequestSchema = z.object({ range: ZProgressRangeSchema });

const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * A point's `key` is a member-local day (granularity "day") or the Monday starting its ISO week
 * ("week"). Long ranges (1 year, all) are weekly so a phone chart keeps a readable number of points.
 */
const ZVolumeWeek = z.object({ weekStart: dayKey, sets: z.array(z.number()), volumeKg: z.array(z.number()) });
const ZE1rmTrend = z.object({ exerciseId: z.string(), name: z.string(), points: z.array(z.object({ weekStart: dayKey, e1rmKg: z.number() })) });
const ZLoadPoint = z.object({ key: dayKey, load: z.number(), acute: z.number(), chronicWeekly: z.number(), ratio: z.number().nullable() });
const ZWorkoutWeek = z.object({ weekStart: dayKey, sessions: z.number().int(), planned: z.number().int().nullable() });
const ZRecordPoint = z.object({ dayKey, exerciseId: z.string(), name: z.string(), kind: z.string(), value: z.number() });
const ZHabitStrength = z.object({ habitId: z.string(), name: z.string(), archived: z.boolean(), points: z.array(z.object({ key: dayKey, value: z.number() })) });
const ZHeatCell = z.object({ key: dayKey, due: z.number(), done: z.number(), share: z.number().nullable() });
const ZIntakePoint = z.object({
  key: dayKey,
  /** Days logged in the point (1 per day; up to 7 in a weekly average). */
  days: z.number().int(),
  energyKcal: z.number(),
  targetKcal: z.number().nullable(),
  proteinG: z.number(),
  carbsG: z.number(),
  fatG: z.number(),
});
const ZEnergyEstimatePoint = z.object({ key: dayKey, maintenanceKcal: z.number(), confidence: z.enum(["low", "medium", "high"]), source: z.enum(["computed", "proposal"]) });
const ZCheckInPoint = z.object({ key: dayKey, days: z.number().int(), mood: z.number(), energy: z.number(), stress: z.number(), sleepHours: z.number(), sleepQuality: z.number() });
const ZWho5Point = z.object({ dayKey, score: z.number(), percent: z.number().nullable() });

export const ZProgressOverviewSchema = z.object({
  range: ZProgressRangeSchema,
  fromDayKey: dayKey,
  toDayKey: dayKey,
  granularity: z.enum(["day", "week"]),
  training: z.object({
    sessions: z.number().int(),
    muscleGroups: z.array(z.enum(muscleGroups)),
    weeklyVolume: z.array(ZVolumeWeek),
    e1rm: z.array(ZE1rmTrend),
    load: z.array(ZLoadPoint),
    workoutsPerWeek: z.array(ZWorkoutWeek),
    records: z.array(ZRecordPoint),
  }),
  habits: z.object({ strength: z.array(ZHabitStrength), heatmap: z.array(ZHeatCell) }),
  nutrition: z.object({
    intake: z.array(ZIntakePoint),
    macroSplit: z.object({ proteinPct: z.number(), carbsPct: z.number(), fatPct: z.number(), days: z.number().int() }).nullable(),
    energyEstimates: z.array(ZEnergyEstimatePoint),
  }),
  mind: z.object({ checkIns: z.array(ZCheckInPoint), who5: z.array(ZWho5Point) }),
});
export type TProgressOverview = z.infer<typeof ZProgressOverviewSchema>;

/** The range the Progress screen opens on. */
export const defaultProgressRange: ProgressRange = "12w";
