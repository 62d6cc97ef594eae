import { z } from "zod";
import { ZObjectId } from "./program";

/** A trainer assigns one of their templates to up to 50 of their clients, each from the same start date. */
export const ZAssignProgramRequestSchema = z.object({
  programId: ZObjectId,
  clientIds: z
    .array(ZObjectId)
    .min(1, "Choose at least one client")
    .max(50, "Assign to at most 50 clients at a time")
    // The same client twice is one assignment, not an error.
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
  startDate: z.iso.date("Choose a start date"),
});

export const assignmentStatuses = ["assigned", "already_assigned", "not_your_client"] as const;

export const ZAssignmentOutcomeSchema = z.object({
  clientId: z.string(),
  /** assigned: a copy was made now; already_assigned: the same assignment existed (a retry); not_your_client: the link ended meanwhile. */
  status: z.enum(assignmentStatuses),
  /** The client's own copy (null when nothing was made). */
  copyId: z.string().nullable(),
});
export type TAssignmentOutcome = z.infer<typeof ZAssignmentOutcomeSchema>;

export const ZAssignProgramResponseSchema = z.object({
  programId: z.string(),
  version: z.int(),
  startDate: z.string(),
  results: z.array(ZAssignmentOutcomeSchema),
});
export type TAssignProgramResponse = z.infer<typeof ZAssignProgramResponseSchema>;

export const ZProgramAssignmentsRequestSchema = z.object({ programId: ZObjectId });

export const ZProgramAssignmentSchema = z.object({
  copyId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  /** The template version the copy was made from; older than `templateVersion` means the template changed since. */
  version: z.int(),
  startDate: z.string(),
  assignedAt: z.date(),
  /** Whether the copy is the client's active program right now (they may have stopped or replaced it). */
  active: z.boolean(),
});
export type TProgramAssignment = z.infer<typeof ZProgramAssignmentSchema>;

export const ZProgramAssignmentsResponseSchema = z.object({
  templateVersion: z.int(),
  assignments: z.array(ZProgramAssignmentSchema),
});
export type TProgramAssignmentsResponse = z.infer<typeof ZProgramAssignmentsResponseSchema>;

export const ZAssignableClientSchema = z.object({ id: z.string(), name: z.string() });
export type TAssignableClient = z.infer<typeof ZAssignableClientSchema>;
