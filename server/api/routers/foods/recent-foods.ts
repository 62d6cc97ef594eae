import "server-only";
import { z } from "zod";
import { ZRecentFoodsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { recentFoods } from "@/server/nutrition/food-search-service";

/** The foods the caller logged lately, with the amount they used last: log them again in one tap. */
export const recentFoodsProcedure = protectedProcedure
  .input(z.object({ limit: z.int().min(1).max(50).default(20) }).default({ limit: 20 }))
  .output(ZRecentFoodsView)
  .query(async ({ ctx, input }) => {
    const recent = await recentFoods(ctx.user, input.limit);
    // Built from the diary (what and how much the member ate): a read of health data.
    await recordAudit(ctx.actor, { action: "nutrition.read", subjectType: "recent_foods", subjectId: null, targetUserId: ctx.user.id, meta: { count: recent.length } });
    return recent;
  });
