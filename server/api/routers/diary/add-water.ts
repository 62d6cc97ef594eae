import "server-only";
import { ZAddWaterRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { addWater } from "@/server/nutrition/diary-service";

/** Adds a glass of water; idempotent on its id. */
export const addWaterProcedure = protectedProcedure
  .input(ZAddWaterRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await addWater(ctx.user, input);
    await recordAudit(ctx.actor, { action: "nutrition.water", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
