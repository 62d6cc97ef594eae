import "server-only";
import { ZRemoveWaterRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { removeWater } from "@/server/nutrition/diary-service";

/** Takes a glass of water back. */
export const removeWaterProcedure = protectedProcedure
  .input(ZRemoveWaterRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await removeWater(ctx.user, input.dayKey, input.waterId);
    await recordAudit(ctx.actor, { action: "nutrition.water_remove", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
