import "server-only";
import { z } from "zod";
import { ZTrainerSettingsSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { trainerSettings } from "@/server/coaching/trainer-settings-service";

/** The caller's roster settings (days without a log before a client needs attention). */
export const settingsProcedure = trainerProcedure
  .input(z.void())
  .output(ZTrainerSettingsSchema)
  .query(({ ctx }) => trainerSettings(ctx.user.id));
