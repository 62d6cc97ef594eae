import "server-only";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { myInsights, ZMyInsightsView } from "@/server/insights/insight-service";

/** The caller's current insights (highest priority first), when they were computed, and whether a recompute is pending. */
export const mineProcedure = protectedProcedure.output(ZMyInsightsView).query(async ({ ctx }) => {
  const view = await myInsights(ctx.user.id);
  await recordAudit(ctx.actor, {
    action: "insights.read",
    subjectType: "member_insights",
    subjectId: ctx.user.id,
    targetUserId: ctx.user.id,
    meta: { insights: view.insights.length, version: view.version },
  });
  return view;
});
