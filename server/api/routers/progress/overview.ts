import "server-only";
import { ZProgressOverviewRequestSchema, ZProgressOverviewSchema } from "@/lib/schemas/progress";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { progressOverview } from "@/server/analytics/progress-overview";

/** Every Progress chart's series for the caller's own data over one range; audited (it reads health data). */
export const overviewProcedure = protectedProcedure
  .input(ZProgressOverviewRequestSchema)
  .output(ZProgressOverviewSchema)
  .query(async ({ ctx, input }) => {
    const overview = await progressOverview(ctx.user.id, input.range);
    await recordAudit(ctx.actor, {
      action: "progress.read",
      subjectType: "progress_overview",
      subjectId: `${overview.fromDayKey}..${overview.toDayKey}`,
      targetUserId: ctx.user.id,
      meta: { range: input.range },
    });
    return overview;
  });
