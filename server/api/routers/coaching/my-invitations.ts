import "server-only";
import { z } from "zod";
import { ZMemberInvitationSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { pendingInvitationsFor } from "@/server/coaching/coaching-invitation-service";

/** Pending invitations addressed to the signed-in account's email. Trainers and admins see none. */
export const myInvitationsProcedure = protectedProcedure
  .output(z.array(ZMemberInvitationSchema))
  .query(({ ctx }) => (ctx.user.role === "member" ? pendingInvitationsFor(ctx.user) : []));
