import "server-only";
import { ZInvitationIdRequestSchema, ZTrainerInvitationSchema } from "@/lib/schemas/coaching";
import { trainerProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { revokeInvitation } from "@/server/coaching/coaching-invitation-service";

/** Withdraws one of the trainer's invitations that has not been answered. */
export const revokeInvitationProcedure = trainerProcedure
  .input(ZInvitationIdRequestSchema)
  .output(ZTrainerInvitationSchema)
  .mutation(({ ctx, input }) =>
    auditedCoaching(ctx.actor, { action: "coaching.revoke", subjectType: "coaching_invitation", subjectId: input.invitationId }, () =>
      revokeInvitation(ctx.user, ctx.actor, input.invitationId),
    ),
  );
