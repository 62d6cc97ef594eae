import "server-only";
import { ZDayRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { diaryDay } from "@/server/nutrition/diary-service";

/** One day of the caller's food diary with totals, water and the day's (training or rest day) target. */
export const diaryDayProcedure = protectedProcedure
  .input(ZDayRequestSchema)
  .output(ZDiaryDayView)
  .query(async ({ ctx, input }) => {
    const day = await diaryDay(ctx.user, input.dayKey);
    await recordAudit(ctx.actor, { action: "nutrition.read", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
