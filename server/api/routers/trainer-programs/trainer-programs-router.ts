import "server-only";
import { router } from "@/server/api/trpc";
import { assignProgramProcedure } from "./assign-program";
import { clientsForAssignmentProcedure } from "./clients-for-assignment";
import { listAssignmentsProcedure } from "./list-assignments";

/** A trainer assigning templates from their program library to clients. Every procedure is trainerProcedure. */
export const trainerProgramsRouter = router({
  assign: assignProgramProcedure,
  assignments: listAssignmentsProcedure,
  clientsForAssignment: clientsForAssignmentProcedure,
});
