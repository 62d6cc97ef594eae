import "server-only";
import { ZBodyRangeRequestSchema, ZMeasurementsView } from "@/lib/schemas/body";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { measurementsInRange } from "@/server/body/body-service";

/** The caller's body measurements over a range (cm, oldest first) and the unit they read lengths in. */
export const measurementsProcedure = protectedProcedure
  .input(ZBodyRangeRequestSchema)
  .output(ZMeasurementsView)
  .query(async ({ ctx, input }) => {
    const view = await measurementsInRange(ctx.user, input.range);
    await recordAudit(ctx.actor, {
      action: "body_measurements.read",
      subjectType: "body_measurement",
      subjectId: `${view.fromDayKey}..${view.todayKey}`,
      targetUserId: ctx.user.id,
      meta: { range: input.range },
    });
    return view;
  });
