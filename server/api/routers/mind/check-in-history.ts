import "server-only";
import { ZCheckInHistoryRequestSchema, ZCheckInHistoryView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { checkInHistory } from "@/server/mind/checkin-service";

/** The caller's check-ins over the last `days` days, oldest first, notes decrypted for them only. */
export const checkInHistoryProcedure = protectedProcedure
  .input(ZCheckInHistoryRequestSchema)
  .output(ZCheckInHistoryView)
  .query(async ({ ctx, input }) => {
    const history = await checkInHistory(ctx.user, input.days);
    await recordAudit(ctx.actor, {
      action: "mind.read",
      subjectType: "mind_check_in",
      subjectId: `${history.fromDayKey}..${history.todayKey}`,
      targetUserId: ctx.user.id,
      meta: { days: input.days },
    });
    return history;
  });
