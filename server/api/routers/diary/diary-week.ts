import "server-only";
import { ZDayRequestSchema, ZDiaryWeekView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { diaryWeek } from "@/server/nutrition/diary-service";

/** The seven days ending on `dayKey`, each against its own target, with averages over the logged days. */
export const diaryWeekProcedure = protectedProcedure
  .input(ZDayRequestSchema)
  .output(ZDiaryWeekView)
  .query(async ({ ctx, input }) => {
    const week = await diaryWeek(ctx.user, input.dayKey);
    await recordAudit(ctx.actor, { action: "nutrition.read", subjectType: "nutrition_week", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return week;
  });
