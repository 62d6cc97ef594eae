import "server-only";
import { z } from "zod";
import { ZInvitationIdRequestSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { declineInvitation } from "@/server/coaching/coaching-invitation-service";

/** Declines an email invitation addressed to the member; the trainer sees it declined. */
export const declineInvitationProcedure = protectedProcedure
  .input(ZInvitationIdRequestSchema)
  .output(z.object({ declined: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await auditedCoaching(
      ctx.actor,
      { action: "coaching.decline", subjectType: "coaching_invitation", subjectId: input.invitationId, targetUserId: ctx.user.id },
      () => declineInvitation(ctx.user, input.invitationId),
    );
    return { declined: true as const };
  });
