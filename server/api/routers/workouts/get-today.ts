import "server-only";
import { z } from "zod";
import { ZTodayPlanSchema } from "@/lib/schemas/workout";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { todayPlan } from "@/server/train/today-service";

/** What the member's program schedules today, with targets and the reason for each. Training data is health data: every call is audited. */
export const todayProcedure = protectedProcedure
  .input(z.void())
  .output(ZTodayPlanSchema)
  .query(async ({ ctx }) => {
    const result = await todayPlan(ctx.user);
    await recordAudit(ctx.actor, { action: "workout.plan_read", subjectType: "workout", subjectId: ctx.user.id, targetUserId: ctx.user.id });
    return result;
  });
