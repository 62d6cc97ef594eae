import "server-only";
import { ZHabitViewSchema, ZPauseHabitRequestSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { pauseHabit } from "@/server/habits/habit-service";

/** Pauses a habit for a range of days (vacation, illness) without penalty. */
export const pauseHabitProcedure = protectedProcedure
  .input(ZPauseHabitRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await pauseHabit(ctx.user, input);
    await recordAudit(ctx.actor, { action: "habit.pause", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
