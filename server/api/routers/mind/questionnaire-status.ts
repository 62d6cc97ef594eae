import "server-only";
import { ZQuestionnaireStatusView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { questionnaireStatus } from "@/server/mind/questionnaire-service";

/** Which questionnaires the caller is offered today and whether each is due. */
export const questionnaireStatusProcedure = protectedProcedure.output(ZQuestionnaireStatusView).query(async ({ ctx }) => {
  const status = await questionnaireStatus(ctx.user);
  await recordAudit(ctx.actor, { action: "mind.read", subjectType: "mind_questionnaire_status", subjectId: status.todayKey, targetUserId: ctx.user.id });
  return status;
});
