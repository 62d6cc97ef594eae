import "server-only";
import { ZCodeInvitationSchema, ZInvitationCodeRequestSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { lookupCode } from "@/server/coaching/coaching-invitation-service";

/**
 * What a /join/<code> link is (the trainer's name, whether it can still be accepted), for the page that
 * asks the member to accept. Signed in only; holding the code is what entitles one to see this.
 */
export const lookupCodeProcedure = protectedProcedure
  .input(ZInvitationCodeRequestSchema)
  .output(ZCodeInvitationSchema)
  .query(({ ctx, input }) => lookupCode(ctx.user, input.code));
