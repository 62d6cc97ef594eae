import "server-only";
import { ZBodyRangeRequestSchema, ZBodyWeightView } from "@/lib/schemas/body";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { weightInRange } from "@/server/body/body-service";

/** The caller's weigh-ins over a range with a trailing 7-day average (kg). Logging stays bodyWeight.log. */
export const weightProcedure = protectedProcedure
  .input(ZBodyRangeRequestSchema)
  .output(ZBodyWeightView)
  .query(async ({ ctx, input }) => {
    const view = await weightInRange(ctx.user, input.range);
    await recordAudit(ctx.actor, {
      action: "body_weight.read",
      subjectType: "body_weight",
      subjectId: `${view.fromDayKey}..${view.todayKey}`,
      targetUserId: ctx.user.id,
      meta: { range: input.range },
    });
    return view;
  });
