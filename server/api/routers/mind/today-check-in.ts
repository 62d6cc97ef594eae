import "server-only";
import { ZTodayCheckInView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { todayCheckIn } from "@/server/mind/checkin-service";

/** The caller's check-in for their today, or null before they made it. */
export const todayCheckInProcedure = protectedProcedure.output(ZTodayCheckInView).query(async ({ ctx }) => {
  const today = await todayCheckIn(ctx.user);
  await recordAudit(ctx.actor, { action: "mind.read", subjectType: "mind_check_in", subjectId: today.todayKey, targetUserId: ctx.user.id });
  return today;
});
