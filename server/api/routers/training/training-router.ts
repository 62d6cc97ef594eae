import "server-only";
import { router } from "@/server/api/trpc";
import { getSetupProcedure } from "./get-setup";
import { listRecordsProcedure } from "./list-records";
import { saveSetupProcedure } from "./save-setup";

export const trainingRouter = router({ records: listRecordsProcedure, setup: getSetupProcedure, saveSetup: saveSetupProcedure });
