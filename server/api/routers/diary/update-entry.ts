import "server-only";
import { ZUpdateEntryRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateEntry } from "@/server/nutrition/diary-service";

/** Changes an entry's amount or meal. */
export const updateEntryProcedure = protectedProcedure
  .input(ZUpdateEntryRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await updateEntry(ctx.user, input);
    await recordAudit(ctx.actor, { action: "nutrition.update", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
