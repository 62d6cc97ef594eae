import "server-only";
import { router } from "@/server/api/trpc";
import { acceptCodeProcedure } from "./accept-code";
import { acceptInvitationProcedure } from "./accept-invitation";
import { declineInvitationProcedure } from "./decline-invitation";
import { endCoachingProcedure } from "./end-coaching";
import { lookupCodeProcedure } from "./lookup-code";
import { myInvitationsProcedure } from "./my-invitations";
import { myTrainerProcedure } from "./my-trainer";

/** The member's side of coaching: their trainer, invitations to them, and ending coaching. */
export const coachingRouter = router({
  myTrainer: myTrainerProcedure,
  invitations: myInvitationsProcedure,
  lookupCode: lookupCodeProcedure,
  accept: acceptInvitationProcedure,
  decline: declineInvitationProcedure,
  acceptCode: acceptCodeProcedure,
  end: endCoachingProcedure,
});
