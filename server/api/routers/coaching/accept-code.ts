import "server-only";
import { ZAcceptedSchema, ZInvitationCodeRequestSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { acceptCode } from "@/server/coaching/coaching-invitation-service";

/** Redeems a /join/<code> link (single use). The code itself is never logged or audited. */
export const acceptCodeProcedure = protectedProcedure
  .input(ZInvitationCodeRequestSchema)
  .output(ZAcceptedSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await auditedCoaching(
      ctx.actor,
      { action: "coaching.accept", subjectType: "coaching_invitation", subjectId: null, targetUserId: ctx.user.id, meta: { kind: "code" } },
      () => acceptCode(ctx.user, input.code),
      (accepted) => ({ subjectId: accepted.invitationId }),
    );
    return { trainer: result.trainer };
  });
