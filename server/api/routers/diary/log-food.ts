import "server-only";
import { ZLogFoodRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { logFood } from "@/server/nutrition/diary-service";

/** Logs a food in a meal, in grams or servings. Idempotent on the phone-made entry id (offline replays). */
export const logFoodProcedure = protectedProcedure
  .input(ZLogFoodRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await logFood(ctx.user, input);
    await recordAudit(ctx.actor, { action: "nutrition.log", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
