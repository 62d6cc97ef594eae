import "server-only";
import { ZHabitDayRequestSchema, ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { undoDay } from "@/server/habits/habit-service";

/** Takes a day's check-in or skip back. */
export const undoDayProcedure = protectedProcedure
  .input(ZHabitDayRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await undoDay(ctx.user, input.habitId, input.dayKey);
    await recordAudit(ctx.actor, { action: "habit.undo", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
