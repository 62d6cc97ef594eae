import "server-only";
import { ZAcceptedSchema, ZInvitationIdRequestSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { acceptInvitation } from "@/server/coaching/coaching-invitation-service";

/** Accepts an email invitation addressed to the member: the trainer becomes their (only) trainer. */
export const acceptInvitationProcedure = protectedProcedure
  .input(ZInvitationIdRequestSchema)
  .output(ZAcceptedSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await auditedCoaching(
      ctx.actor,
      { action: "coaching.accept", subjectType: "coaching_invitation", subjectId: input.invitationId, targetUserId: ctx.user.id, meta: { kind: "email" } },
      () => acceptInvitation(ctx.user, input.invitationId),
    );
    return { trainer: result.trainer };
  });
