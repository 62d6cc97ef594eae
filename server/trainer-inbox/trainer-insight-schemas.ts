import { z } from "zod";
import { sharingLevels } from "@/lib/mind/sharing";
import { insightKinds, insightTones, readinessLevels, ZInsightDraftSchema } from "@/lib/schemas/insights";
import { ZObjectId } from "@/lib/schemas/program";

// The trainer's side of insights (no server-only import: client components import these types). The
// trainer never gets the member's persona wording: a neutral title and summary, the numbers in the
// client's unit, and a drafted message to edit and send.

/** An insight key as the engine makes them (`plateau:back-squat`, `adherence_drop`). */
export const ZInsightKey = z.string().trim().min(1).max(200);

export const ZTrainerClientInsightsRequestSchema = z.object({ clientId: ZObjectId });
export const ZTrainerInsightActionRequestSchema = z.object({ clientId: ZObjectId, key: ZInsightKey });
export const TRAINER_MESSAGE_MAX = 2000;
export const ZTrainerInsightSendRequestSchema = ZTrainerInsightActionRequestSchema.extend({
  text: z.string().trim().min(1, "Write something first.").max(TRAINER_MESSAGE_MAX, `At most ${TRAINER_MESSAGE_MAX} characters.`),
});

export const ZEvidenceDisplaySchema = z.object({ label: z.string(), value: z.number(), unit: z.string(), text: z.string() });

export const inboxActions = ["sent", "dismissed"] as const;

export const ZTrainerInsightSchema = z.object({
  /** `<clientId>:<insight key>`: stable across recomputes of the same finding. */
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  key: z.string(),
  kind: z.enum(insightKinds),
  kindLabel: z.string(),
  tone: z.enum(insightTones),
  priority: z.number(),
  fromMind: z.boolean(),
  readiness: z.enum(readinessLevels).nullable(),
  suggestion: ZInsightDraftSchema.shape.suggestion,
  title: z.string(),
  summary: z.string(),
  evidence: z.array(ZEvidenceDisplaySchema),
  draft: z.string(),
  computedAt: z.date(),
  /** Whether the trainer already sent a message about it or dismissed it (handled items stay handled). */
  handled: z.object({ action: z.enum(inboxActions), at: z.date() }).nullable(),
});
export type TTrainerInsight = z.infer<typeof ZTrainerInsightSchema>;

export const ZTrainerClientInsightsSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  /** The client's Mind sharing as read for this answer: wellbeing-based insights need "trends" or "scores". */
  sharing: z.enum(sharingLevels),
  computedAt: z.date().nullable(),
  insights: z.array(ZTrainerInsightSchema),
});
export type TTrainerClientInsights = z.infer<typeof ZTrainerClientInsightsSchema>;

export const ZTrainerInboxSchema = z.object({
  items: z.array(ZTrainerInsightSchema),
  /** Active clients whose insights were looked at. */
  clientCount: z.int(),
});
export type TTrainerInbox = z.infer<typeof ZTrainerInboxSchema>;

export const ZTrainerInsightActionResultSchema = z.object({
  id: z.string(),
  action: z.enum(inboxActions),
  /** A repeat of a request already done (the same send or dismissal): nothing new happened. */
  replayed: z.boolean(),
  /** The conversation message, for a send. */
  messageId: z.string().nullable(),
});
export type TTrainerInsightActionResult = z.infer<typeof ZTrainerInsightActionResultSchema>;
