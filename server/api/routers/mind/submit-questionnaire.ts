import "server-only";
import { ZSubmitQuestionnaireRequestSchema, ZSubmitQuestionnaireView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { submitQuestionnaire } from "@/server/mind/questionnaire-service";

/**
 * Scores and stores a completed questionnaire and answers with the result (and support resources when a
 * flag is raised). The audit row names the instrument only: answers, scores and flags stay out of it, and
 * nothing is pushed.
 */
export const submitQuestionnaireProcedure = protectedProcedure
  .input(ZSubmitQuestionnaireRequestSchema)
  .output(ZSubmitQuestionnaireView)
  .mutation(async ({ ctx, input }) => {
    const submitted = await submitQuestionnaire(ctx.user, input);
    await recordAudit(ctx.actor, {
      action: "mind.questionnaire",
      subjectType: "mind_questionnaire",
      subjectId: submitted.result.id,
      targetUserId: ctx.user.id,
      meta: { instrument: input.instrument },
    });
    return submitted;
  });
