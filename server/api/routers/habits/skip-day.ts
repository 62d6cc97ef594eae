import "server-only";
import { ZHabitDayRequestSchema, ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { skipDay } from "@/server/habits/habit-service";

/** Marks a day skipped: it neither counts nor breaks a streak. */
export const skipDayProcedure = protectedProcedure
  .input(ZHabitDayRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await skipDay(ctx.user, input.habitId, input.dayKey);
    await recordAudit(ctx.actor, { action: "habit.skip", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
