import "server-only";
import { ZQuickAddRequestSchema, ZDiaryDayView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { quickAdd } from "@/server/nutrition/diary-service";

/** Logs calories and macros without a food. Idempotent on the entry id. */
export const quickAddProcedure = protectedProcedure
  .input(ZQuickAddRequestSchema)
  .output(ZDiaryDayView)
  .mutation(async ({ ctx, input }) => {
    const day = await quickAdd(ctx.user, input);
    await recordAudit(ctx.actor, { action: "nutrition.quick_add", subjectType: "nutrition_day", subjectId: input.dayKey, targetUserId: ctx.user.id });
    return day;
  });
