import "server-only";
import { z } from "zod";
import { readinessLevels, ZInsightViewSchema, type TInsightView } from "@/lib/schemas/insights";
import { MemberInsightsModel } from "./insight-model";
import { enqueueInsights, insightsPending } from "./insight-jobs";

/** The member's own insights as the Insights card shows them. */
export const ZMyInsightsView = z.object({
  insights: z.array(ZInsightViewSchema),
  /** When the shown insights were computed; null before the first run. */
  computedAt: z.date().nullable(),
  /** The member-local day they were computed for. */
  dayKey: z.string().nullable(),
  /** Runs so far: changes with every recompute (what the card polls for after a refresh). */
  version: z.number().int(),
  readiness: z.enum(readinessLevels).nullable(),
  /** A recompute is queued or running. */
  pending: z.boolean(),
});
export type TMyInsightsView = z.infer<typeof ZMyInsightsView>;

export const ZRefreshInsightsResult = z.object({ pending: z.literal(true), dueAt: z.date() });
export type TRefreshInsightsResult = z.infer<typeof ZRefreshInsightsResult>;

/** Stored insights that no longer fit the schema (an older engine) are left out rather than failing the read. */
function viewsOf(stored: unknown[]): TInsightView[] {
  return stored
    .map((item) => ZInsightViewSchema.safeParse(item))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => b.priority - a.priority);
}

export async function myInsights(memberId: string): Promise<TMyInsightsView> {
  const [doc, pending] = await Promise.all([MemberInsightsModel.findById(memberId).lean(), insightsPending(memberId)]);
  if (!doc) return { insights: [], computedAt: null, dayKey: null, version: 0, readiness: null, pending };
  return {
    insights: viewsOf(doc.insights ?? []),
    computedAt: doc.computedAt,
    dayKey: doc.dayKey,
    version: doc.version ?? 0,
    readiness: (doc.readiness as TMyInsightsView["readiness"]) ?? null,
    pending,
  };
}

/** A refresh this soon after the last run waits out the usual debounce instead of running at once. */
const REFRESH_AT_ONCE_AFTER_MS = 30_000;

/**
 * "Refresh my insights": queues a recompute due now (no debounce) and returns at once. Tapped again
 * (or scripted) right after a run, it joins the debounced queue, so refreshes cannot run back to back.
 */
export async function refreshMyInsights(memberId: string, now = new Date()): Promise<TRefreshInsightsResult> {
  const last = await MemberInsightsModel.findById(memberId).select({ computedAt: 1 }).lean();
  const recent = last?.computedAt != null && now.getTime() - last.computedAt.getTime() < REFRESH_AT_ONCE_AFTER_MS;
  const { dueAt } = await enqueueInsights(memberId, { reason: "refresh", immediate: !recent }, now);
  return { pending: true, dueAt };
}
