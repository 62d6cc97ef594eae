import "server-only";
import { router } from "@/server/api/trpc";
import { acceptAdjustmentProcedure } from "./accept";
import { clientReadinessProcedure } from "./client";
import { decideAdjustmentProcedure } from "./decide";
import { pendingAdjustmentsProcedure } from "./pending";
import { setPolicyProcedure } from "./set-policy";
import { readinessTodayProcedure } from "./today";
import { undoAdjustmentProcedure } from "./undo";

/**
 * Readiness-adjusted workouts: the member accepts a reduced session; the trainer approves when required.
 * Member procedures act on the caller only; trainer procedures reach the trainer's own clients only.
 */
export const readinessRouter = router({
  today: readinessTodayProcedure,
  accept: acceptAdjustmentProcedure,
  undo: undoAdjustmentProcedure,
  setPolicy: setPolicyProcedure,
  client: clientReadinessProcedure,
  pending: pendingAdjustmentsProcedure,
  decide: decideAdjustmentProcedure,
});
