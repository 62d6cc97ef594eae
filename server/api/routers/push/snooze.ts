import "server-only";
import { ZSnoozeRequestSchema, ZSnoozeResultSchema } from "@/lib/schemas/push";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { snoozeHabit } from "@/server/reminders/reminder-snooze";

/** "Snooze 1 h" on a reminder: the habit reminds again `minutes` from now (default 60). */
export const snoozeProcedure = protectedProcedure
  .input(ZSnoozeRequestSchema)
  .output(ZSnoozeResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await snoozeHabit(ctx.user.id, input);
    await recordAudit(ctx.actor, { action: "habit.snooze", subjectType: "habit", subjectId: input.habitId, targetUserId: ctx.user.id });
    return result;
  });
