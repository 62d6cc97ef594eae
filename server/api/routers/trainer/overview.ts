import "server-only";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { ZRosterRowSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { roster } from "@/server/coaching/roster-service";

const NEEDS_ATTENTION_SHOWN = 5;

/**
 * What the trainer workspace home shows: who the trainer is, how many clients they have and the (at
 * most five) clients who need them most (the roster's attention order: most flags, then lowest
 * compliance over 30 days).
 */
export const overviewProcedure = trainerProcedure
  .input(z.void())
  .output(
    z.object({
      trainer: z.object({ id: z.string(), name: z.string().nullable(), email: z.string(), role: z.enum(roles) }),
      clientCount: z.int(),
      needsAttention: z.array(ZRosterRowSchema),
      needsAttentionCount: z.int(),
    }),
  )
  .query(async ({ ctx }) => {
    const attention = await roster(ctx.user, ctx.actor, { sort: "attention", needsAttention: true, pageSize: NEEDS_ATTENTION_SHOWN });
    return {
      trainer: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email, role: ctx.user.role },
      clientCount: attention.clientCount,
      needsAttention: attention.rows,
      needsAttentionCount: attention.total,
    };
  });
