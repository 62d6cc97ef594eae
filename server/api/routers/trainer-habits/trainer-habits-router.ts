import "server-only";
import { router } from "@/server/api/trpc";
import { assignHabitProcedure } from "./assign-habit";
import { listClientHabitsProcedure } from "./list-client-habits";
import { updateAssignedHabitProcedure } from "./update-assigned-habit";
import { archiveAssignedHabitProcedure } from "./archive-assigned-habit";

/** A trainer's side of their clients' habits; every procedure checks the client is theirs. */
export const trainerHabitsRouter = router({
  assign: assignHabitProcedure,
  listForClient: listClientHabitsProcedure,
  update: updateAssignedHabitProcedure,
  archive: archiveAssignedHabitProcedure,
});
