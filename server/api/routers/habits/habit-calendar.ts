import "server-only";
import { ZHabitCalendarSchema, ZHabitIdRequestSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { habitCalendar } from "@/server/habits/habit-service";

/** The last 13 weeks, day by day, for the heat map. */
export const habitCalendarProcedure = protectedProcedure
  .input(ZHabitIdRequestSchema)
  .output(ZHabitCalendarSchema)
  .query(async ({ ctx, input }) => {
    const result = await habitCalendar(ctx.user, input.habitId);
    await recordAudit(ctx.actor, { action: "habit.read", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
