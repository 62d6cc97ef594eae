import "server-only";
import { ZClientNutritionOverview, ZClientNutritionRequestSchema } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { weightHistory } from "@/server/nutrition/body-weight-service";
import { diaryWeek } from "@/server/nutrition/diary-service";
import { memberToday } from "@/server/nutrition/member-day";
import { targetsView } from "@/server/nutrition/proposal-service";
import { onBehalf, requireNutritionClient } from "./client-nutrition-access";

/** A client's targets, proposal, last seven days against target and weight trend. */
export const clientNutritionOverviewProcedure = trainerProcedure
  .input(ZClientNutritionRequestSchema)
  .output(ZClientNutritionOverview)
  .query(async ({ ctx, input }) => {
    await requireNutritionClient(ctx.actor, ctx.user.id, input.clientId);
    const member = { id: input.clientId };
    const { todayKey } = await memberToday(input.clientId);
    const [targets, week, weight] = await Promise.all([targetsView(ctx.user, input.clientId), diaryWeek(member, todayKey), weightHistory(member, 90)]);
    await recordAudit(ctx.actor, { action: "nutrition.read", subjectType: "nutrition_overview", subjectId: null, targetUserId: input.clientId, meta: onBehalf });
    return { todayKey, targets, week, weight };
  });
