import "server-only";
import { ZCopyMealRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { copyMeal } from "@/server/nutrition/diary-service";

/** Copies a meal (yesterday's breakfast) into a day and meal; idempotent on the request id. */
export const copyMealProcedure = protectedProcedure
  .input(ZCopyMealRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await copyMeal(ctx.user, input);
    await recordAudit(ctx.actor, { action: "nutrition.copy_meal", subjectType: "nutrition_day", subjectId: input.toDayKey, targetUserId: ctx.user.id });
    return day;
  });
