import "server-only";
import { ZSaveScreenerSettingsRequestSchema, ZScreenerSettingsView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { saveScreenerSettings } from "@/server/mind/questionnaire-service";

/** Turns the optional PHQ-2 / GAD-2 screeners on or off for the caller. */
export const saveMindSettingsProcedure = protectedProcedure
  .input(ZSaveScreenerSettingsRequestSchema)
  .output(ZScreenerSettingsView)
  .mutation(async ({ ctx, input }) => {
    const screenersEnabled = await saveScreenerSettings(ctx.user, input.screenersEnabled);
    await recordAudit(ctx.actor, {
      action: "mind.settings",
      subjectType: "mind_settings",
      subjectId: ctx.user.id,
      targetUserId: ctx.user.id,
      meta: { phq2: screenersEnabled.phq2, gad2: screenersEnabled.gad2 },
    });
    return { screenersEnabled };
  });
