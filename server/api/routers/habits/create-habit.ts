import "server-only";
import { ZHabitDefinitionSchema, ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { createHabit } from "@/server/habits/habit-service";

/** A new habit of the caller's own. */
export const createHabitProcedure = protectedProcedure
  .input(ZHabitDefinitionSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await createHabit(ctx.user, input);
    await recordAudit(ctx.actor, { action: "habit.create", subjectType: "habit", subjectId: null, targetUserId: ctx.user.id });
    return result;
  });
