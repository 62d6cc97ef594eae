import "server-only";
import { ZHabitViewSchema } from "@/lib/schemas/habit";
import { ZUpdateAssignedHabitRequestSchema } from "@/lib/schemas/habit-assignment";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { updateAssignedHabit } from "@/server/habits/habit-assignment-service";

/** Edits a habit the trainer assigned to the client (not one the client made); its check-ins stay. */
export const updateAssignedHabitProcedure = trainerProcedure
  .input(ZUpdateAssignedHabitRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateAssignedHabit(ctx.user, ctx.actor, input.clientId, input.habitId, input.definition);
    await recordAudit(ctx.actor, { action: "habit.update", subjectType: "habit", subjectId: input.habitId, targetUserId: input.clientId });
    return result;
  });
