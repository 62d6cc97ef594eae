import "server-only";
import { ZTrainerMindOverview, ZTrainerMindRequestSchema } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { requireClient } from "@/server/coaching/coaching-service";
import { TRAINER_READ_ACTION, trainerMindOverview } from "@/server/mind/sharing-service";

/**
 * A client's wellbeing as far as the client's current consent allows: nothing, trends, or trends with
 * check-in scores. Every answer that holds data is audited as a trainer read, which is what the client
 * sees in their access log; "share nothing" returns no data, so it is not a read.
 */
export const clientMindOverviewProcedure = trainerProcedure
  .input(ZTrainerMindRequestSchema)
  .output(ZTrainerMindOverview)
  .query(async ({ ctx, input }) => {
    await requireClient(ctx.actor, ctx.user.id, input.clientId, "mind", null);
    const overview = await trainerMindOverview(input.clientId);
    if (overview.sharing !== "none") {
      await recordAudit(ctx.actor, {
        action: TRAINER_READ_ACTION,
        subjectType: "mind_overview",
        subjectId: null,
        targetUserId: input.clientId,
        meta: { level: overview.sharing, view: "overview" },
      });
    }
    return overview;
  });
