/**
 * Inputs and views of the readiness-adjusted workout (router `readiness`). No server-only import: the
 * client components import these types.
 */
import { z } from "zod";
import { ZObjectId } from "@/lib/schemas/program";
import { readinessLevels, ZEvidenceSchema } from "@/lib/schemas/insights";
import { reductionKinds } from "@/lib/train/reduced-session";

export const ZDayKey = z.iso.date("Use a day like 2026-12-06");
export const ZReductionKind = z.enum(reductionKinds);
export const ZAdjustmentStatus = z.enum(["applied", "pending_approval", "approved", "declined", "withdrawn"]);
export type TAdjustmentStatus = z.infer<typeof ZAdjustmentStatus>;

export const ZAcceptRequestSchema = z.object({ dayKey: ZDayKey, kind: ZReductionKind });
export const ZUndoRequestSchema = z.object({ dayKey: ZDayKey });
export const ZSetPolicyRequestSchema = z.object({ clientId: ZObjectId, requireApproval: z.boolean() });
export const ZClientRequestSchema = z.object({ clientId: ZObjectId });
export const ZDecideRequestSchema = z.object({ clientId: ZObjectId, dayKey: ZDayKey, approve: z.boolean() });

export const ZPreviewSchema = z.object({
  kind: ZReductionKind,
  summary: z.string(),
  entries: z.array(z.object({ exerciseName: z.string(), change: z.string() })),
});
export type TReadinessPreview = z.infer<typeof ZPreviewSchema>;

export const ZAdjustmentView = z.object({
  dayKey: z.string(),
  kind: ZReductionKind,
  status: ZAdjustmentStatus,
  requestedAt: z.date(),
  decidedAt: z.date().nullable(),
});
export type TAdjustmentView = z.infer<typeof ZAdjustmentView>;

/** The member's Today card. */
export const ZReadinessTodayView = z.object({
  dayKey: z.string(),
  /** Today's readiness from the stored insights, or null when there is none for today. */
  readiness: z
    .object({
      level: z.enum(readinessLevels),
      title: z.string(),
      body: z.string(),
      suggestion: z.string(),
      evidence: z.array(ZEvidenceSchema),
    })
    .nullable(),
  /** Today's program day, or null on a rest day / without a program. */
  workout: z.object({ dayName: z.string(), started: z.boolean() }).nullable(),
  /** The lighter version on offer (amber/red and a program day today). */
  proposal: ZPreviewSchema.nullable(),
  adjustment: ZAdjustmentView.nullable(),
  /** Whether accepting waits for the member's trainer. */
  requiresApproval: z.boolean(),
});
export type TReadinessTodayView = z.infer<typeof ZReadinessTodayView>;

/** One client's adjustment as a trainer sees it: the preview, and the readiness level when consent allows. */
export const ZTrainerAdjustmentView = ZAdjustmentView.extend({
  clientId: z.string(),
  clientName: z.string(),
  /** Null when the level came from Mind data the client does not share. */
  readiness: z.enum(["amber", "red"]).nullable(),
  preview: ZPreviewSchema,
});
export type TTrainerAdjustmentView = z.infer<typeof ZTrainerAdjustmentView>;

export const ZClientReadinessView = z.object({
  clientId: z.string(),
  requireApproval: z.boolean(),
  /** The client's adjustment for their today, if any. */
  today: ZTrainerAdjustmentView.nullable(),
});
export type TClientReadinessView = z.infer<typeof ZClientReadinessView>;

export const ZPolicyView = z.object({ clientId: z.string(), requireApproval: z.boolean() });
