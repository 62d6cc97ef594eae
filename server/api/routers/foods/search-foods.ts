import "server-only";
import { z } from "zod";
import { ZFoodView, ZSearchFoodsRequestSchema } from "@/lib/schemas/nutrition";
import { protectedProcedure } from "@/server/api/trpc";
import { searchFoods } from "@/server/nutrition/food-search-service";

/** Typo-tolerant food search; the caller's recent and frequent foods rank first. */
export const searchFoodsProcedure = protectedProcedure
  .input(ZSearchFoodsRequestSchema)
  .output(z.array(ZFoodView))
  .query(({ ctx, input }) => searchFoods(ctx.user, input.query, input.limit));
