import "server-only";
import { ZSaveMeasurementsRequestSchema, ZSaveMeasurementsView } from "@/lib/schemas/body";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { saveMeasurements } from "@/server/body/body-service";

/** Saves one day's measurements in cm; saving again that day replaces them (a replay changes nothing). */
export const saveMeasurementsProcedure = protectedProcedure
  .input(ZSaveMeasurementsRequestSchema)
  .output(ZSaveMeasurementsView)
  .mutation(async ({ ctx, input }) => {
    const entry = await saveMeasurements(ctx.user, input.dayKey, input.sites);
    await recordAudit(ctx.actor, {
      action: "body_measurements.save",
      subjectType: "body_measurement",
      subjectId: input.dayKey,
      targetUserId: ctx.user.id,
      meta: { sites: Object.keys(entry.sites) },
    });
    return { entry };
  });
