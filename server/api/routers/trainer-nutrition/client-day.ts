import "server-only";
import { ZClientDayRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { diaryDay } from "@/server/nutrition/diary-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** One day of a client's food diary, read-only. */
export const clientNutritionDayProcedure = trainerProcedure
  .input(ZClientDayRequestSchema)
  .output(ZDiaryDayView)
  .query(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    const day = await diaryDay({ id: input.clientId }, input.dayKey);
    await recordAudit(ctx.actor, { action: "nutrition.read", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: input.clientId, meta: onBehalf });
    return day;
  });
