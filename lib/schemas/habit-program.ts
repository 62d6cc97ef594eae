import { z } from "zod";
import { ZHabitDefinitionSchema } from "./habit";
import { ZObjectId } from "./program";

/** A habit in a program: a habit definition without dates (its phase's week gives the start). */
export const ZProgramHabitSchema = z
  .object(ZHabitDefinitionSchema.shape)
  .omit({ startDate: true, endDate: true })
  .refine((habit) => habit.type === "numeric" || habit.target === 1, { message: "A yes/no habit has a target of 1", path: ["target"] });
export type TProgramHabit = z.infer<typeof ZProgramHabitSchema>;

export const ZHabitProgramPhaseSchema = z.object({
  name: z.string().trim().max(60).default(""),
  /** The week of the enrollment the phase's habits start in: week 1 starts on the start date. */
  startWeek: z.int("Weeks are whole numbers").min(1, "Phases start in week 1 or later").max(52, "At most 52 weeks"),
  habits: z.array(ZProgramHabitSchema).min(1, "A phase adds at least one habit").max(10, "At most 10 habits per phase"),
});
export type THabitProgramPhase = z.infer<typeof ZHabitProgramPhaseSchema>;

export const ZHabitProgramContentSchema = z.object({
  name: z.string().trim().min(1, "Name the program").max(80),
  description: z.string().trim().max(2000).default(""),
  phases: z
    .array(ZHabitProgramPhaseSchema)
    .min(1, "A program needs at least one phase")
    .max(12, "At most 12 phases")
    .refine((phases) => phases.every((phase, index) => index === 0 || phase.startWeek > phases[index - 1].startWeek), {
      message: "Each phase starts in a later week than the one before",
    }),
});
export type THabitProgramContent = z.infer<typeof ZHabitProgramContentSchema>;

/** An enrollment's id is `<programId>:<clientId>:<startDate>`: assigning the same again names it again. */
export const ZEnrollmentId = z.string().regex(/^[a-f0-9]{24}:[a-f0-9]{24}:\d{4}-\d{2}-\d{2}$/i, "Unknown enrollment");

export const ZCreateHabitProgramRequestSchema = z.object({ content: ZHabitProgramContentSchema });
export const ZUpdateHabitProgramRequestSchema = z.object({ programId: ZObjectId, version: z.int().min(1), content: ZHabitProgramContentSchema });
export const ZHabitProgramIdRequestSchema = z.object({ programId: ZObjectId });
export const ZArchiveHabitProgramRequestSchema = z.object({ programId: ZObjectId, archived: z.boolean() });
export const ZListHabitProgramsRequestSchema = z.object({ includeArchived: z.boolean().default(false) });
export const ZAssignHabitProgramRequestSchema = z.object({ programId: ZObjectId, clientId: ZObjectId, startDate: z.iso.date("Choose a start date") });
export const ZEnrollmentIdRequestSchema = z.object({ enrollmentId: ZEnrollmentId });
export const ZListEnrollmentsRequestSchema = z.object({ clientId: ZObjectId });

export const ZHabitProgramSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  phaseCount: z.int(),
  habitCount: z.int(),
  /** The week the last phase starts in. */
  lastPhaseWeek: z.int(),
  archived: z.boolean(),
  version: z.int(),
  updatedAt: z.date(),
});
export type THabitProgramSummary = z.infer<typeof ZHabitProgramSummarySchema>;

export const ZHabitProgramSchema = ZHabitProgramSummarySchema.extend({ content: ZHabitProgramContentSchema });
export type THabitProgram = z.infer<typeof ZHabitProgramSchema>;

export const ZHabitProgramEnrollmentSchema = z.object({
  id: z.string(),
  programId: z.string(),
  /** The program as it was when assigned: later edits do not change it. */
  programName: z.string(),
  programVersion: z.int(),
  clientId: z.string(),
  trainerId: z.string(),
  startDate: z.string(),
  status: z.enum(["active", "ended"]),
  endedAt: z.date().nullable(),
  createdAt: z.date(),
  phases: z.array(
    z.object({
      name: z.string(),
      startWeek: z.int(),
      startDate: z.string(),
      habits: z.array(z.object({ name: z.string(), habitId: z.string().nullable(), archived: z.boolean() })),
    }),
  ),
});
export type THabitProgramEnrollment = z.infer<typeof ZHabitProgramEnrollmentSchema>;
