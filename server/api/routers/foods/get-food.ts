import "server-only";
import { ZFoodIdRequestSchema, ZFoodView } from "@/lib/schemas/nutrition";
import { protectedProcedure } from "@/server/api/trpc";
import { loadVisibleFood } from "@/server/nutrition/food-access";
import { toFoodView } from "@/server/nutrition/food-view";

/** One food the caller may see (archived ones of their own too, to show what a past entry was). */
export const getFoodProcedure = protectedProcedure
  .input(ZFoodIdRequestSchema)
  .output(ZFoodView)
  .query(async ({ ctx, input }) => toFoodView(await loadVisibleFood(ctx.user, input.foodId, { allowArchived: true }), ctx.user.id));
