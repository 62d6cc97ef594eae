import "server-only";
import { ZInviteByEmailRequestSchema, ZTrainerInvitationSchema } from "@/lib/schemas/coaching";
import { trainerProcedure } from "@/server/api/trpc";
import { auditedCoaching } from "@/server/coaching/coaching-audit";
import { inviteByEmail } from "@/server/coaching/coaching-invitation-service";
import { enqueueInvitationMail } from "@/server/mail/coaching-invitation-mail";

/**
 * Invites an email address and queues the invitation email (mail_outbox, sent by the mail tick). The
 * member also sees the invitation in their app when signed in with the address, so a failure to queue
 * the email is logged and the stored invitation still stands.
 */
export const inviteByEmailProcedure = trainerProcedure
  .input(ZInviteByEmailRequestSchema)
  .output(ZTrainerInvitationSchema)
  .mutation(async ({ ctx, input }) => {
    const invitation = await auditedCoaching(
      ctx.actor,
      // The address is not put in the audit row: the invitation it names holds it.
      { action: "coaching.invite", subjectType: "coaching_invitation", subjectId: null, meta: { kind: "email", expiresInDays: input.expiresInDays } },
      () => inviteByEmail(ctx.user, input),
      (stored) => ({ subjectId: stored.id }),
    );
    try {
      await enqueueInvitationMail(invitation, ctx.user);
    } catch (error) {
      ctx.log.error({ invitationId: invitation.id, err: { message: (error as Error).message } }, "invitation email not queued; the invitation stands");
    }
    return invitation;
  });
