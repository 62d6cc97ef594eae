import "server-only";
import { ZQuestionnaireHistoryRequestSchema, ZQuestionnaireHistoryView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { questionnaireHistory } from "@/server/mind/questionnaire-service";

/** The caller's results for one questionnaire, oldest first. */
export const questionnaireHistoryProcedure = protectedProcedure
  .input(ZQuestionnaireHistoryRequestSchema)
  .output(ZQuestionnaireHistoryView)
  .query(async ({ ctx, input }) => {
    const history = await questionnaireHistory(ctx.user, input.instrument);
    await recordAudit(ctx.actor, {
      action: "mind.read",
      subjectType: "mind_questionnaire",
      subjectId: input.instrument,
      targetUserId: ctx.user.id,
      meta: { instrument: input.instrument },
    });
    return history;
  });
