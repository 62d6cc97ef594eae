import { z } from "zod";
import { isReminderTime } from "@/lib/habits/reminder-times";
import { ZObjectId } from "@/lib/schemas/program";

const ZDayKey = z.iso.date("Use a date like 2026-11-25");

export const ZHabitScheduleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily") }),
  z.object({
    kind: z.literal("weekdays"),
    days: z
      .array(z.int().min(1).max(7))
      .min(1, "Choose at least one weekday")
      .max(7)
      .refine((days) => new Set(days).size === days.length, "Each weekday once")
      // Stored in order, so the same schedule always compares equal (assigned habits, edits).
      .transform((days) => [...days].sort((a, b) => a - b)),
  }),
  z
    .object({ kind: z.literal("per_period"), times: z.int().min(1, "At least once").max(31), periodDays: z.int().min(2, "A period of at least 2 days").max(31) })
    .refine((schedule) => schedule.times <= schedule.periodDays, { message: "No more times than days in the period", path: ["times"] }),
]);

export const ZHabitDefinitionSchema = z
  .object({
    name: z.string().trim().min(1, "Name the habit").max(80),
    type: z.enum(["boolean", "numeric"]),
    /** 1 for yes/no habits. */
    target: z.number().positive("The target must be above zero").max(100_000),
    unit: z.string().trim().max(20).default(""),
    schedule: ZHabitScheduleSchema,
    /** "After I ___, I will ___": implementation intentions make a habit more likely to stick. */
    cue: z.object({ after: z.string().trim().max(120), will: z.string().trim().max(120) }).nullable().default(null),
    startDate: ZDayKey,
    endDate: ZDayKey.nullable().default(null),
    reminders: z.array(z.string().refine(isReminderTime, "Use a time like 07:30")).max(5).default([]),
    /** A routine several habits share, shown together on Today (habit stacking). */
    group: z.string().trim().max(40).default(""),
  })
  .refine((habit) => habit.type === "numeric" || habit.target === 1, { message: "A yes/no habit has a target of 1", path: ["target"] })
  .refine((habit) => habit.endDate === null || habit.endDate >= habit.startDate, { message: "The end date is before the start date", path: ["endDate"] });

export const ZHabitIdRequestSchema = z.object({ habitId: ZObjectId });
export const ZUpdateHabitRequestSchema = z.object({ habitId: ZObjectId, definition: ZHabitDefinitionSchema });
export const ZPauseHabitRequestSchema = z
  .object({ habitId: ZObjectId, from: ZDayKey, to: ZDayKey })
  .refine((pause) => pause.to >= pause.from, { message: "The pause ends before it starts", path: ["to"] });
export const ZCheckInRequestSchema = z.object({
  habitId: ZObjectId,
  dayKey: ZDayKey,
  /** 1 for a yes/no habit; the amount for a numeric one (0 clears nothing: use undo). */
  value: z.number().min(0, "Cannot be negative").max(100_000),
});
export const ZHabitDayRequestSchema = z.object({ habitId: ZObjectId, dayKey: ZDayKey });

const ZDayStatus = z.enum(["done", "partial", "missed", "skipped", "paused", "not_scheduled", "open", "future", "before_start"]);

export const ZHabitViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(["boolean", "numeric"]),
  target: z.number(),
  unit: z.string(),
  schedule: ZHabitScheduleSchema,
  cue: z.object({ after: z.string(), will: z.string() }).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  pauses: z.array(z.object({ from: z.string(), to: z.string() })),
  reminders: z.array(z.string()),
  group: z.string(),
  assignedBy: z.string().nullable(),
  archived: z.boolean(),
  today: z.object({ dayKey: z.string(), status: ZDayStatus, value: z.number() }),
  strength: z.number(),
  streak: z.object({ current: z.int(), best: z.int() }),
  completion: z.object({ days7: z.number().nullable(), days30: z.number().nullable(), days90: z.number().nullable() }),
  daysSinceStart: z.int(),
  /**
   * When the server made this view (ms since the epoch, server clock): a page rendered before a write
   * reached the server must not replace that write's own, newer answer on the phone.
   */
  readAt: z.number(),
});
export type THabitView = z.infer<typeof ZHabitViewSchema>;

export const ZHabitCalendarSchema = z.array(z.object({ dayKey: z.string(), status: ZDayStatus, value: z.number() }));
