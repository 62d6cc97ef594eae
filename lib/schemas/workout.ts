import { z } from "zod";
import { ZClientId, ZExerciseId, ZObjectId } from "@/lib/schemas/program";
import { equipmentKinds, measurementTypes, muscles, setTypes } from "@/lib/train/vocabulary";

const ZNotes = z.string().trim().max(1000, "Keep notes under 1,000 characters");
/** A moment of a workout: not before 1990 and not more than a day ahead (a phone clock gone wrong). */
const ZWhen = z
  .date("A time is required")
  .refine((date) => date.getTime() >= Date.UTC(1990, 0, 1), "Check the date: it is too far in the past")
  .refine((date) => date.getTime() <= Date.now() + 86_400_000, "Check the date: it is in the future (is the phone's clock right?)");

const setFields = {
  type: z.enum(setTypes),
  weightKg: z.number().min(0, "Weight cannot be negative").max(1000, "Check the weight").nullable(),
  reps: z.int("Reps are whole numbers").min(0, "Reps cannot be negative").max(1000, "Check the reps").nullable(),
  rpe: z.number().min(1, "RPE runs from 1 to 10").max(10, "RPE runs from 1 to 10").multipleOf(0.5, "RPE goes in half steps").nullable(),
  durationSec: z.int().min(0).max(86_400, "Check the time").nullable(),
  distanceM: z.number().min(0).max(1_000_000, "Check the distance").nullable(),
  notes: ZNotes,
};

/** A set's values; what is not sent is empty. */
export const ZSetValues = z.object({
  ...setFields,
  weightKg: setFields.weightKg.default(null),
  reps: setFields.reps.default(null),
  rpe: setFields.rpe.default(null),
  durationSec: setFields.durationSec.default(null),
  distanceM: setFields.distanceM.default(null),
  notes: setFields.notes.default(""),
});

/** An edit: only the fields sent change (no defaults, or an edit would blank what it leaves out). */
export const ZSetChanges = z.object(setFields).partial();

export const ZStartWorkoutRequestSchema = z.object({
  sessionId: ZClientId,
  startedAt: ZWhen,
  name: z.string().trim().min(1).max(80).optional(),
  /** Start the day a program schedules; the entries and their targets come from it. */
  program: z.object({ programId: ZObjectId, weekIndex: z.int().min(0), dayIndex: z.int().min(0) }).optional(),
  /**
   * The exercises the phone put in the workout (it may have started offline from a plan the program
   * has since changed): they are kept as the phone showed them, with the program's targets where the
   * program still has that exercise in that place.
   */
  entries: z
    .array(z.object({ entryId: ZClientId, exerciseId: ZExerciseId }))
    .max(50)
    .refine((entries) => new Set(entries.map((entry) => entry.entryId)).size === entries.length, "Each exercise needs its own id")
    .optional(),
});

export const ZAddExerciseRequestSchema = z.object({
  sessionId: ZClientId,
  entryId: ZClientId,
  exerciseId: ZExerciseId,
  restSeconds: z.int().min(0).max(900).optional(),
});

export const ZLogSetRequestSchema = ZSetValues.extend({
  setId: ZClientId,
  sessionId: ZClientId,
  entryId: ZClientId,
  /** The exercise the phone showed for the entry; a mismatch is refused rather than filed elsewhere. */
  exerciseId: ZExerciseId.optional(),
  order: z.int().min(0).max(200),
  completedAt: ZWhen,
});

export const ZUpdateSetRequestSchema = z.object({ setId: ZClientId, values: ZSetChanges });
export const ZSetIdRequestSchema = z.object({ setId: ZClientId });
export const ZSessionIdRequestSchema = z.object({ sessionId: ZClientId });
export const ZReorderEntriesRequestSchema = z.object({ sessionId: ZClientId, entryIds: z.array(ZClientId).max(50) });
export const ZReorderSetsRequestSchema = z.object({ sessionId: ZClientId, entryId: ZClientId, setIds: z.array(ZClientId).max(100) });
export const ZEntryRequestSchema = z.object({ sessionId: ZClientId, entryId: ZClientId });
export const ZUpdateEntryRequestSchema = ZEntryRequestSchema.extend({ notes: ZNotes.optional(), restSeconds: z.int().min(0).max(900).optional() });
export const ZUpdateSessionRequestSchema = z.object({
  sessionId: ZClientId,
  name: z.string().trim().min(1).max(80).optional(),
  notes: ZNotes.optional(),
  sessionRpe: z.number().min(1).max(10).nullable().optional(),
  durationMinutes: z.int().min(1).max(600).nullable().optional(),
});
export const ZFinishWorkoutRequestSchema = z.object({
  sessionId: ZClientId,
  finishedAt: ZWhen,
  sessionRpe: z.number().min(1, "Rate the session from 1 to 10").max(10, "Rate the session from 1 to 10").nullable().default(null),
  durationMinutes: z.int().min(1).max(600).nullable().default(null),
  notes: ZNotes.optional(),
});
export const ZHistoryRequestSchema = z.object({ before: z.date().optional(), limit: z.int().min(1).max(50).default(20) });
export const ZExerciseHistoryRequestSchema = z.object({ exerciseId: ZExerciseId, limit: z.int().min(1).max(500).default(100) });
export const ZWeeklyVolumeRequestSchema = z.object({ weekKey: z.string().regex(/^\d{4}-W\d{2}$/, "Use a week like 2026-W48") });

const ZTarget = z.object({
  type: z.enum(setTypes),
  reps: z.object({ min: z.int(), max: z.int() }),
  weightKg: z.number().nullable(),
  rpe: z.number().nullable(),
});
export const ZPrescriptionSchema = z.object({ sets: z.array(ZTarget), decision: z.string(), reason: z.string() });
export type TPrescription = z.infer<typeof ZPrescriptionSchema>;

export const ZWorkoutSetSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  exerciseId: z.string(),
  order: z.int(),
  type: z.enum(setTypes),
  weightKg: z.number().nullable(),
  reps: z.int().nullable(),
  rpe: z.number().nullable(),
  durationSec: z.int().nullable(),
  distanceM: z.number().nullable(),
  notes: z.string(),
  completedAt: z.date(),
  e1rmKg: z.number().nullable(),
  records: z.array(z.string()),
});
export type TWorkoutSet = z.infer<typeof ZWorkoutSetSchema>;

export const ZExerciseBriefSchema = z.object({
  id: z.string(),
  name: z.string(),
  equipment: z.enum(equipmentKinds),
  measurement: z.enum(measurementTypes),
  primaryMuscles: z.array(z.enum(muscles)),
});

export type TExerciseBrief = z.infer<typeof ZExerciseBriefSchema>;

export const ZPreviousPerformanceSchema = z.object({
  dayKey: z.string(),
  sets: z.array(ZWorkoutSetSchema.pick({ type: true, weightKg: true, reps: true, rpe: true, durationSec: true, distanceM: true })),
});

export const ZWorkoutEntrySchema = z.object({
  id: z.string(),
  exercise: ZExerciseBriefSchema,
  order: z.int(),
  notes: z.string(),
  restSeconds: z.int(),
  groupId: z.string().nullable(),
  prescription: ZPrescriptionSchema.nullable(),
  previous: ZPreviousPerformanceSchema.nullable(),
  sets: z.array(ZWorkoutSetSchema),
});
export type TWorkoutEntry = z.infer<typeof ZWorkoutEntrySchema>;

export const ZWorkoutSessionSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["active", "finished"]),
  source: z.enum(["app", "strong", "hevy"]),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  dayKey: z.string(),
  notes: z.string(),
  sessionRpe: z.number().nullable(),
  durationMinutes: z.number().nullable(),
  sessionLoad: z.number().nullable(),
  program: z.object({ programId: z.string(), weekIndex: z.int(), dayIndex: z.int() }).nullable(),
  entries: z.array(ZWorkoutEntrySchema),
});
export type TWorkoutSession = z.infer<typeof ZWorkoutSessionSchema>;

export const ZLogSetResultSchema = z.object({ set: ZWorkoutSetSchema, newRecords: z.array(z.string()), replayed: z.boolean() });
export type TLogSetResult = z.infer<typeof ZLogSetResultSchema>;

export const ZSessionSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["active", "finished"]),
  source: z.enum(["app", "strong", "hevy"]),
  startedAt: z.date(),
  dayKey: z.string(),
  durationMinutes: z.number().nullable(),
  sessionLoad: z.number().nullable(),
  exerciseCount: z.int(),
});
export type TSessionSummary = z.infer<typeof ZSessionSummarySchema>;

export const ZTodayPlanSchema = z.object({
  dayKey: z.string(),
  program: z.object({ id: z.string(), name: z.string(), startDate: z.string(), weekCount: z.int() }).nullable(),
  schedule: z.discriminatedUnion("status", [
    z.object({ status: z.literal("no_program") }),
    z.object({ status: z.literal("not_started"), startsInDays: z.int() }),
    z.object({ status: z.literal("finished") }),
    z.object({ status: z.literal("rest"), weekIndex: z.int() }),
    z.object({
      status: z.literal("training"),
      weekIndex: z.int(),
      dayIndex: z.int(),
      dayName: z.string(),
      entries: z.array(z.object({ exercise: ZExerciseBriefSchema, groupId: z.string().nullable(), restSeconds: z.int(), prescription: ZPrescriptionSchema })),
      /** A workout already started (or done) today from this program day. */
      sessionId: z.string().nullable(),
    }),
  ]),
  activeSessionId: z.string().nullable(),
});
export type TTodayPlan = z.infer<typeof ZTodayPlanSchema>;
