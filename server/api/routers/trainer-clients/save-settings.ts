import "server-only";
import { ZTrainerSettingsSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { saveTrainerSettings } from "@/server/coaching/trainer-settings-service";

/** Saves the caller's roster settings (audited). */
export const saveSettingsProcedure = trainerProcedure
  .input(ZTrainerSettingsSchema)
  .output(ZTrainerSettingsSchema)
  .mutation(({ ctx, input }) => saveTrainerSettings(ctx.user.id, ctx.actor, input));
