import "server-only";
import { z } from "zod";
import { trainerProcedure } from "@/server/api/trpc";
import { ZTrainerAdjustmentView } from "@/lib/schemas/readiness";
import { pendingAdjustments } from "@/server/readiness/readiness-service";

/** Reduced sessions waiting for this trainer's approval, across their active clients, oldest first. */
export const pendingAdjustmentsProcedure = trainerProcedure
  .input(z.void())
  .output(z.array(ZTrainerAdjustmentView))
  .query(({ ctx }) => pendingAdjustments(ctx.user, ctx.actor));
