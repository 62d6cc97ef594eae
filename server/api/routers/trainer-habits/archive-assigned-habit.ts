import "server-only";
import { z } from "zod";
import { ZClientHabitRequestSchema } from "@/lib/schemas/habit-assignment";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { archiveAssignedHabit } from "@/server/habits/habit-assignment-service";

/** Archives a habit the trainer assigned (its history is kept). */
export const archiveAssignedHabitProcedure = trainerProcedure
  .input(ZClientHabitRequestSchema)
  .output(z.object({ archived: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await archiveAssignedHabit(ctx.user, ctx.actor, input.clientId, input.habitId);
    await recordAudit(ctx.actor, { action: "habit.archive", subjectType: "habit", subjectId: input.habitId, targetUserId: input.clientId });
    return { archived: true as const };
  });
