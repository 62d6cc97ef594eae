import "server-only";
import { ZHabitIdRequestSchema, ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { getHabit } from "@/server/habits/habit-service";

/** One habit with its progress. */
export const getHabitProcedure = protectedProcedure
  .input(ZHabitIdRequestSchema)
  .output(ZHabitViewSchema)
  .query(async ({ ctx, input }) => {
    const result = await getHabit(ctx.user, input.habitId);
    await recordAudit(ctx.actor, { action: "habit.read", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
