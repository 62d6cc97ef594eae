import "server-only";
import { ZDeleteMeasurementsRequestSchema, ZDeleteMeasurementsView } from "@/lib/schemas/body";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { deleteMeasurements } from "@/server/body/body-service";

/** Deletes one day's measurements (a day with none: deleted false, nothing changes). */
export const deleteMeasurementsProcedure = protectedProcedure
  .input(ZDeleteMeasurementsRequestSchema)
  .output(ZDeleteMeasurementsView)
  .mutation(async ({ ctx, input }) => {
    const result = await deleteMeasurements(ctx.user, input.dayKey);
    await recordAudit(ctx.actor, {
      action: "body_measurements.delete",
      subjectType: "body_measurement",
      subjectId: input.dayKey,
      targetUserId: ctx.user.id,
      meta: { deleted: result.deleted },
    });
    return result;
  });
