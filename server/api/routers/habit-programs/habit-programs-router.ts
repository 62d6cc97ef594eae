import "server-only";
import { router } from "@/server/api/trpc";
import { createHabitProgramProcedure } from "./create-habit-program";
import { listHabitProgramsProcedure } from "./list-habit-programs";
import { getHabitProgramProcedure } from "./get-habit-program";
import { updateHabitProgramProcedure } from "./update-habit-program";
import { archiveHabitProgramProcedure } from "./archive-habit-program";
import { assignHabitProgramProcedure } from "./assign-habit-program";
import { endEnrollmentProcedure } from "./end-enrollment";
import { listEnrollmentsProcedure } from "./list-enrollments";

/** A trainer's habit programs (phases of habits over weeks) and their clients' enrollments. */
export const habitProgramsRouter = router({
  create: createHabitProgramProcedure,
  list: listHabitProgramsProcedure,
  get: getHabitProgramProcedure,
  update: updateHabitProgramProcedure,
  archive: archiveHabitProgramProcedure,
  assign: assignHabitProgramProcedure,
  endEnrollment: endEnrollmentProcedure,
  enrollments: listEnrollmentsProcedure,
});
