import { z } from "zod";
import { ZHabitViewSchema } from "@/lib/schemas/habit";
import { experienceLevels, goals, heightUnits, weightUnits } from "@/lib/schemas/profile";
import { ZObjectId } from "@/lib/schemas/program";
import { setTypes } from "@/lib/train/vocabulary";

// Inputs and outputs of the trainerClients router (roster, client detail, notes, settings).

export const rosterSorts = ["name", "lastActivity", "workouts", "habits", "attention"] as const;
export type TRosterSort = (typeof rosterSorts)[number];
export const ZComplianceWindow = z.union([z.literal(7), z.literal(30), z.literal(90)]);

export const ROSTER_MAX_PAGE_SIZE = 100;
export const ZRosterRequestSchema = z.object({
  page: z.int().min(1).max(10_000).default(1),
  pageSize: z.int().min(1).max(ROSTER_MAX_PAGE_SIZE).default(25),
  sort: z.enum(rosterSorts).default("attention"),
  direction: z.enum(["asc", "desc"]).optional(),
  /** Which window the compliance sorts use (the row carries all three). */
  window: ZComplianceWindow.default(30),
  needsAttention: z.boolean().default(false),
  search: z.string().trim().max(80).default(""),
});
export type TRosterRequest = z.input<typeof ZRosterRequestSchema>;

const ZComplianceSet = z.object({ days7: z.number().nullable(), days30: z.number().nullable(), days90: z.number().nullable() });
export const ZAttentionFlagSchema = z.object({ kind: z.string(), reason: z.string() });

export const ZRosterRowSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  lastActivityAt: z.date().nullable(),
  daysSinceActivity: z.int().nullable(),
  workouts: ZComplianceSet,
  habits: ZComplianceSet,
  program: z.object({ id: z.string(), name: z.string() }).nullable(),
  flags: z.array(ZAttentionFlagSchema),
});
export type TRosterRow = z.infer<typeof ZRosterRowSchema>;

export const ZRosterSchema = z.object({
  rows: z.array(ZRosterRowSchema),
  page: z.int(),
  pageSize: z.int(),
  /** Clients matching the search and filter. */
  total: z.int(),
  pageCount: z.int(),
  /** All active clients, whatever the filter. */
  clientCount: z.int(),
});
export type TRoster = z.infer<typeof ZRosterSchema>;

export const ZClientIdRequestSchema = z.object({ clientId: ZObjectId });

const ZRecentSet = z.object({
  type: z.enum(setTypes),
  weightKg: z.number().nullable(),
  reps: z.number().nullable(),
  rpe: z.number().nullable(),
  durationSec: z.number().nullable(),
  distanceM: z.number().nullable(),
});
export const ZRecentWorkoutSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["active", "finished"]),
  dayKey: z.string(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  durationMinutes: z.number().nullable(),
  sessionRpe: z.number().nullable(),
  exercises: z.array(z.object({ entryId: z.string(), name: z.string(), sets: z.array(ZRecentSet) })),
});
export type TRecentWorkout = z.infer<typeof ZRecentWorkoutSchema>;

export const ZClientDetailSchema = z.object({
  client: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    goal: z.enum(goals).nullable(),
    experience: z.enum(experienceLevels).nullable(),
    units: z.object({ weight: z.enum(weightUnits), height: z.enum(heightUnits) }).nullable(),
    timeZone: z.string(),
    clientSince: z.date(),
  }),
  todayKey: z.string(),
  lastActivityAt: z.date().nullable(),
  daysSinceActivity: z.int().nullable(),
  compliance: z.object({ workouts: ZComplianceSet, habits: ZComplianceSet }),
  flags: z.array(ZAttentionFlagSchema),
  program: z.object({ id: z.string(), name: z.string(), startDate: z.string(), weekCount: z.int(), status: z.enum(["not_started", "running", "finished"]) }).nullable(),
  upcoming: z.array(z.object({ dayKey: z.string(), dayName: z.string(), weekIndex: z.int(), dayIndex: z.int(), done: z.boolean() })),
  recentWorkouts: z.array(ZRecentWorkoutSchema),
  habits: z.array(ZHabitViewSchema),
});
export type TClientDetail = z.infer<typeof ZClientDetailSchema>;

export const NOTE_MAX_LENGTH = 2000;
export const ZTrainerNoteSchema = z.object({ id: z.string(), text: z.string(), createdAt: z.date() });
export type TTrainerNote = z.infer<typeof ZTrainerNoteSchema>;
export const ZAddNoteRequestSchema = z.object({
  clientId: ZObjectId,
  text: z.string().trim().min(1, "Write a note first").max(NOTE_MAX_LENGTH, `Keep a note under ${NOTE_MAX_LENGTH} characters`),
});
export const ZDeleteNoteRequestSchema = z.object({ clientId: ZObjectId, noteId: ZObjectId });

export const ZTrainerSettingsSchema = z.object({ inactivityDays: z.int().min(1, "At least 1 day").max(30, "At most 30 days") });
export type TTrainerSettings = z.infer<typeof ZTrainerSettingsSchema>;
