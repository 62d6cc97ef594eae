import "server-only";
import { ZCheckInView, ZSaveCheckInRequestSchema } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { saveCheckIn } from "@/server/mind/checkin-service";

/** Saves (or edits) today's check-in; saving the same answers again changes nothing. */
export const saveCheckInProcedure = protectedProcedure
  .input(ZSaveCheckInRequestSchema)
  .output(ZCheckInView)
  .mutation(async ({ ctx, input }) => {
    const checkIn = await saveCheckIn(ctx.user, input);
    await recordAudit(ctx.actor, { action: "mind.check_in", subjectType: "mind_check_in", subjectId: checkIn.dayKey, targetUserId: ctx.user.id });
    return checkIn;
  });
