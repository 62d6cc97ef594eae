import "server-only";
import { ZHabitViewSchema, ZUpdateHabitRequestSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateHabit } from "@/server/habits/habit-service";

/** Edits a habit's definition; its check-ins stay. */
export const updateHabitProcedure = protectedProcedure
  .input(ZUpdateHabitRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateHabit(ctx.user, input.habitId, input.definition);
    await recordAudit(ctx.actor, { action: "habit.update", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
