import "server-only";
import { z } from "zod";
import { ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { listHabits } from "@/server/habits/habit-service";

/** The caller's habits with today's status, strength, streaks and completion rates. */
export const listHabitsProcedure = protectedProcedure
  .input(z.void())
  .output(z.array(ZHabitViewSchema))
  .query(async ({ ctx }) => {
    const result = await listHabits(ctx.user);
    await recordAudit(ctx.actor, { action: "habit.list", subjectType: "habit", subjectId: null, targetUserId: ctx.user.id });
    return result;
  });
