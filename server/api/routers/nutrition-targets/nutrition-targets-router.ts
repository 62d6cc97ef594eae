import "server-only";
import { router } from "@/server/api/trpc";
import { decideProposalProcedure } from "./decide-proposal";
import { getTargetsProcedure } from "./get-targets";
import { proposeTargetsProcedure } from "./propose-targets";
import { setTargetsProcedure } from "./set-targets";
import { setupTargetsProcedure } from "./setup-targets";

export const nutritionTargetsRouter = router({
  get: getTargetsProcedure,
  setup: setupTargetsProcedure,
  set: setTargetsProcedure,
  propose: proposeTargetsProcedure,
  decide: decideProposalProcedure,
});
