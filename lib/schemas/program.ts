import { z } from "zod";
import { setTypes } from "@/lib/train/vocabulary";

/** Ids made by the client (offline first): a UUID, so a replayed write names the same thing. */
export const ZClientId = z.uuid("Use a UUID for client-made ids");
/**
 * A MongoDB id, lowercased: ids are stored and compared as lowercase hex (and built into other keys,
 * e.g. conversation ids `${trainerId}:${clientId}`), so an uppercase spelling must name the same thing.
 */
export const ZObjectId = z
  .string()
  .regex(/^[a-f0-9]{24}$/i, "Unknown id")
  .transform((id) => id.toLowerCase());
export const ZExerciseId = z.string().min(1).max(80);

export const ZRepTarget = z
  .object({
    min: z.int("Reps are whole numbers").min(1, "At least 1 rep").max(100, "At most 100 reps"),
    max: z.int("Reps are whole numbers").min(1).max(100, "At most 100 reps"),
  })
  .refine((reps) => reps.max >= reps.min, { message: "The top of the rep range must be at least the bottom", path: ["max"] });
export type TRepTarget = z.infer<typeof ZRepTarget>;

/** How heavy a planned set should be. */
export const ZLoadTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("absolute"), kg: z.number().min(0).max(1000) }),
  z.object({ kind: z.literal("percent_1rm"), percent: z.number().min(10, "At least 10%").max(110, "At most 110%") }),
  z.object({ kind: z.literal("rpe"), rpe: z.number().min(5, "RPE runs from 5 to 10").max(10, "RPE runs from 5 to 10") }),
  z.object({ kind: z.literal("rir"), rir: z.int().min(0, "RiR is 0 or more").max(5, "RiR is at most 5") }),
]);
export type TLoadTarget = z.infer<typeof ZLoadTarget>;

export const ZPlannedSet = z.object({
  type: z.enum(setTypes),
  reps: ZRepTarget,
  load: ZLoadTarget,
});
export type TPlannedSet = z.infer<typeof ZPlannedSet>;

/** How a slot's targets move from one session to the next. Increments are in kilograms. */
export const ZProgressionRule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({
    kind: z.literal("linear"),
    incrementKg: z.number().positive("The increment must be above zero").max(50),
    deloadAfterFailures: z.int().min(1).max(10).default(3),
    deloadPercent: z.number().min(0).max(50).default(10),
  }),
  z.object({ kind: z.literal("double"), incrementKg: z.number().positive("The increment must be above zero").max(50) }),
  z.object({ kind: z.literal("rpe"), targetRpe: z.number().min(5).max(10) }),
]);
export type TProgressionRule = z.infer<typeof ZProgressionRule>;

export const ZSlotExercise = z.object({
  exerciseId: ZExerciseId,
  sets: z.array(ZPlannedSet).min(1, "Plan at least one set").max(20, "At most 20 sets"),
  restSeconds: z.int().min(0).max(900),
  progression: ZProgressionRule,
  notes: z.string().trim().max(500).default(""),
});
export type TSlotExercise = z.infer<typeof ZSlotExercise>;

export const slotKinds = ["single", "superset", "circuit"] as const;

export const ZSlot = z
  .object({
    id: ZClientId,
    kind: z.enum(slotKinds),
    exercises: z.array(ZSlotExercise).min(1).max(8),
  })
  .refine((slot) => (slot.kind === "single" ? slot.exercises.length === 1 : slot.exercises.length >= 2), {
    message: "A single slot has one exercise; a superset or circuit has two or more",
    path: ["exercises"],
  });

export const ZProgramDay = z.object({
  name: z.string().trim().min(1, "Name the day").max(60),
  /** ISO weekday the day is scheduled on: 1 = Monday … 7 = Sunday. */
  weekday: z.int().min(1).max(7),
  slots: z.array(ZSlot).max(30),
});
export type TProgramDay = z.infer<typeof ZProgramDay>;

export const ZProgramWeek = z
  .object({ days: z.array(ZProgramDay).min(1, "A week needs at least one day").max(7) })
  .refine((week) => new Set(week.days.map((day) => day.weekday)).size === week.days.length, {
    message: "Two days of a week fall on the same weekday",
    path: ["days"],
  });
export type TProgramWeek = z.infer<typeof ZProgramWeek>;

/** Keeps a program well under MongoDB's 16 MB document limit (and readable by a human). */
export const MAX_PLANNED_SETS = 5000;

export const ZProgramContent = z.object({
  name: z.string().trim().min(1, "Name the program").max(80),
  description: z.string().trim().max(2000).default(""),
  weeks: z
    .array(ZProgramWeek)
    .min(1, "A program needs at least one week")
    .max(52)
    .refine(
      (weeks) => weeks.reduce((sum, week) => sum + week.days.reduce((daySum, day) => daySum + day.slots.reduce((slotSum, slot) => slotSum + slot.exercises.reduce((n, exercise) => n + exercise.sets.length, 0), 0), 0), 0) <= MAX_PLANNED_SETS,
      `A program can plan at most ${MAX_PLANNED_SETS} sets in all; split it into blocks`,
    ),
});
export type TProgramContent = z.infer<typeof ZProgramContent>;

export const ZCreateProgramRequestSchema = z.object({
  /** Whose program it is; defaults to the caller. A trainer will write programs for their clients. */
  ownerId: ZObjectId.optional(),
  content: ZProgramContent,
});
export const ZUpdateProgramRequestSchema = z.object({ programId: ZObjectId, version: z.int().min(1), content: ZProgramContent });
export const ZProgramIdRequestSchema = z.object({ programId: ZObjectId });
export const ZCopyProgramRequestSchema = z.object({ programId: ZObjectId, name: z.string().trim().min(1).max(80).optional(), ownerId: ZObjectId.optional() });
export const ZArchiveProgramRequestSchema = z.object({ programId: ZObjectId, archived: z.boolean() });
export const ZListProgramsRequestSchema = z.object({ ownerId: ZObjectId.optional(), includeArchived: z.boolean().default(false) });
export const ZStartProgramRequestSchema = z.object({ programId: ZObjectId, startDate: z.iso.date("Choose a start date") });

export const ZProgramSummarySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  description: z.string(),
  weekCount: z.int(),
  daysPerWeek: z.int(),
  archived: z.boolean(),
  active: z.boolean(),
  version: z.int(),
  updatedAt: z.date(),
});
export type TProgramSummary = z.infer<typeof ZProgramSummarySchema>;

export const ZProgramSchema = ZProgramSummarySchema.extend({ content: ZProgramContent, startDate: z.string().nullable() });
export type TProgram = z.infer<typeof ZProgramSchema>;
