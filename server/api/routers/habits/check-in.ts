import "server-only";
import { ZCheckInRequestSchema, ZHabitViewSchema } from "@/lib/schemas/habit";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { checkIn } from "@/server/habits/habit-service";

/** Checks a habit in for today or an earlier day. Idempotent per habit and day. */
export const checkInProcedure = protectedProcedure
  .input(ZCheckInRequestSchema)
  .output(ZHabitViewSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await checkIn(ctx.user, input);
    await recordAudit(ctx.actor, { action: "habit.check_in", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
