import "server-only";
import { router } from "@/server/api/trpc";
import { clientNutritionDayProcedure } from "./client-day";
import { clientNutritionOverviewProcedure } from "./client-overview";
import { decideClientProposalProcedure } from "./decide-client-proposal";
import { pendingProposalsProcedure } from "./pending-proposals";
import { proposeClientTargetsProcedure } from "./propose-client-targets";
import { setClientTargetsProcedure } from "./set-client-targets";
import { setupClientTargetsProcedure } from "./setup-client-targets";

export const trainerNutritionRouter = router({
  overview: clientNutritionOverviewProcedure,
  day: clientNutritionDayProcedure,
  setup: setupClientTargetsProcedure,
  set: setClientTargetsProcedure,
  propose: proposeClientTargetsProcedure,
  decide: decideClientProposalProcedure,
  pendingProposals: pendingProposalsProcedure,
});
