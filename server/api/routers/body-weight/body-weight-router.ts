import "server-only";
import { router } from "@/server/api/trpc";
import { logWeightProcedure } from "./log-weight";
import { removeWeightProcedure } from "./remove-weight";
import { weightHistoryProcedure } from "./weight-history";

export const bodyWeightRouter = router({ history: weightHistoryProcedure, log: logWeightProcedure, remove: removeWeightProcedure });
