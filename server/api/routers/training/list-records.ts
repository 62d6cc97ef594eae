import "server-only";
import { z } from "zod";
import { ZExerciseId } from "@/lib/schemas/program";
import { ZExerciseRecordsSchema } from "@/lib/schemas/records";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { listRecords } from "@/server/train/record-service";

/** The caller's personal records, per exercise (all, or one). */
export const listRecordsProcedure = protectedProcedure
  .input(z.object({ exerciseId: ZExerciseId.optional() }))
  .output(z.array(ZExerciseRecordsSchema))
  .query(async ({ ctx, input }) => {
    const records = await listRecords(ctx.user, input.exerciseId);
    await recordAudit(ctx.actor, { action: "workout.records_read", subjectType: "workout", subjectId: input.exerciseId ?? null, targetUserId: ctx.user.id });
    return records;
  });
