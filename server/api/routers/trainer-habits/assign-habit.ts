import "server-only";
import { ZHabitViewSchema } from "@/lib/schemas/habit";
import { ZAssignHabitRequestSchema } from "@/lib/schemas/habit-assignment";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { assignHabit } from "@/server/habits/habit-assignment-service";

/** Gives an active client a habit: it is theirs, marked as assigned by the trainer. */
export const assignHabitProcedure = trainerProcedure
  .input(ZAssignHabitRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await assignHabit(ctx.user, ctx.actor, input.clientId, input.definition);
    await recordAudit(ctx.actor, { action: "habit.assign", subjectType: "habit", subjectId: result.id, targetUserId: input.clientId });
    return result;
  });
