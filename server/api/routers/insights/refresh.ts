import "server-only";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { refreshMyInsights, ZRefreshInsightsResult } from "@/server/insights/insight-service";

/** Queues a recompute of the caller's insights, due now; returns at once (the card polls `mine`). */
export const refreshProcedure = protectedProcedure.output(ZRefreshInsightsResult).mutation(async ({ ctx }) => {
  // Insights are a member's: a trainer or admin account has no history to compute.
  if (ctx.user.role !== "member") throw new TRPCError({ code: "FORBIDDEN", message: "Insights are for members." });
  const result = await refreshMyInsights(ctx.user.id);
  await recordAudit(ctx.actor, { action: "insights.refresh", subjectType: "member_insights", subjectId: ctx.user.id, targetUserId: ctx.user.id });
  return result;
});
