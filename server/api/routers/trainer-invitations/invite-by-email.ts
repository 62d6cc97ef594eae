import "server-only";
import { ZInviteByEmailRequestSchema, ZTrainerInvitationSchema } from "@/lib/schemas/coaching";
import { trainerProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { inviteByEmail } from "@/server/coaching/coaching-invitation-service";

/** Invites an email address; the member sees it in their app when signed in with it. */
export const inviteByEmailProcedure = trainerProcedure
  .input(ZInviteByEmailRequestSchema)
  .output(ZTrainerInvitationSchema)
  .mutation(({ ctx, input }) =>
    auditedCoaching(
      ctx.actor,
      // The address is not put in the audit row: the invitation it names holds it.
      { action: "coaching.invite", subjectType: "coaching_invitation", subjectId: null, meta: { kind: "email", expiresInDays: input.expiresInDays } },
      () => inviteByEmail(ctx.user, input),
      (invitation) => ({ subjectId: invitation.id }),
    ),
  );
