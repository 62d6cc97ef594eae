import "server-only";
import { router } from "@/server/api/trpc";
import { listProgramsProcedure } from "./list-programs";
import { getProgramProcedure } from "./get-program";
import { createProgramProcedure } from "./create-program";
import { updateProgramProcedure } from "./update-program";
import { copyProgramProcedure } from "./copy-program";
import { archiveProgramProcedure } from "./archive-program";
import { startProgramProcedure } from "./start-program";
import { stopProgramProcedure } from "./stop-program";

export const programsRouter = router({
  list: listProgramsProcedure,
  get: getProgramProcedure,
  create: createProgramProcedure,
  update: updateProgramProcedure,
  copy: copyProgramProcedure,
  archive: archiveProgramProcedure,
  start: startProgramProcedure,
  stop: stopProgramProcedure,
});
