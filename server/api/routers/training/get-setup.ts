import "server-only";
import { z } from "zod";
import { ZTrainingSetup } from "@/lib/schemas/training-setup";
import { protectedProcedure } from "@/server/api/trpc";
import { memberTrainingContext } from "@/server/train/member-context";

/** The caller's bar, plates and dumbbell/machine steps (defaults for their unit until they save). */
export const getSetupProcedure = protectedProcedure
  .input(z.void())
  .output(ZTrainingSetup)
  .query(async ({ ctx }) => (await memberTrainingContext(ctx.user.id)).setup);
