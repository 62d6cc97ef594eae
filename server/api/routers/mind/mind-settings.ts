import "server-only";
import { ZScreenerSettingsView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { screenerSettings } from "@/server/mind/questionnaire-service";

/** The caller's Mind settings (which optional screeners are on). */
export const mindSettingsProcedure = protectedProcedure.output(ZScreenerSettingsView).query(async ({ ctx }) => {
  const screenersEnabled = await screenerSettings(ctx.user);
  await recordAudit(ctx.actor, { action: "mind.read", subjectType: "mind_settings", subjectId: ctx.user.id, targetUserId: ctx.user.id });
  return { screenersEnabled };
});
