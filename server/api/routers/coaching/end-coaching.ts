import "server-only";
import { z } from "zod";
import { protectedProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { endCoaching } from "@/server/coaching/coaching-end";

/** The member ends coaching with their trainer, at any time; their trainer's access ends at once. */
export const endCoachingProcedure = protectedProcedure.output(z.object({ ended: z.boolean() })).mutation(async ({ ctx }) => {
  const result = await auditedCoaching(
    ctx.actor,
    { action: "coaching.end", subjectType: "coaching_link", subjectId: null, targetUserId: ctx.user.id },
    () => endCoaching(ctx.user, ctx.actor),
    (ended) => ({ subjectId: ended?.trainerId ?? null, meta: { ended: ended !== null, endedEnrollments: ended?.endedEnrollments ?? 0 } }),
  );
  return { ended: result !== null };
});
