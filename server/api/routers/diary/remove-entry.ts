import "server-only";
import { ZRemoveEntryRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { removeEntry } from "@/server/nutrition/diary-service";

/** Removes an entry; removing twice is harmless. */
export const removeEntryProcedure = protectedProcedure
  .input(ZRemoveEntryRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await removeEntry(ctx.user, input.dayKey, input.entryId);
    await recordAudit(ctx.actor, { action: "nutrition.remove", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
