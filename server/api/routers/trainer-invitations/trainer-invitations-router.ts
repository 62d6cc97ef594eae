import "server-only";
import { router } from "@/server/api/trpc";
import { createCodeProcedure } from "./create-code";
import { inviteByEmailProcedure } from "./invite-by-email";
import { listInvitationsProcedure } from "./list-invitations";
import { revokeInvitationProcedure } from "./revoke-invitation";

/** A trainer's invitations: by email or as a single-use link. Each trainer sees and revokes only their own. */
export const trainerInvitationsRouter = router({
  inviteByEmail: inviteByEmailProcedure,
  createCode: createCodeProcedure,
  list: listInvitationsProcedure,
  revoke: revokeInvitationProcedure,
});
