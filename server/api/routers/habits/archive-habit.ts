import "server-only";
import { z } from "zod";
import { ZHabitIdRequestSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { archiveHabit } from "@/server/habits/habit-service";

/** Archives a habit (its history is kept). */
export const archiveHabitProcedure = protectedProcedure
  .input(ZHabitIdRequestSchema)
  .output(z.object({ archived: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const result = await archiveHabit(ctx.user, input.habitId).then(() => ({ archived: true as const }));
    await recordAudit(ctx.actor, { action: "habit.archive", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
