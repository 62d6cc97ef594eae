import "server-only";
import { z } from "zod";
import { ZClientIdRequestSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { endCoachingWithClient } from "@/server/coaching/coaching-end";

/** The trainer ends coaching with a client: their access ends at once, their habit programs for the client end. */
export const endCoachingProcedure = trainerProcedure
  .input(ZClientIdRequestSchema)
  .output(z.object({ ended: z.literal(true), endedEnrollments: z.int() }))
  .mutation(async ({ ctx, input }) => {
    const result = await auditedCoaching(
      ctx.actor,
      { action: "coaching.end", subjectType: "coaching_link", subjectId: ctx.user.id, targetUserId: input.clientId, meta: { by: "trainer" } },
      () => endCoachingWithClient(ctx.user, ctx.actor, input.clientId),
      (ended) => ({ meta: { by: "trainer", ended: true, endedEnrollments: ended.endedEnrollments } }),
    );
    return { ended: true as const, endedEnrollments: result.endedEnrollments };
  });
