import "server-only";
import { z } from "zod";
import { ZFoodView } from "@/lib/schemas/nutrition";
import { protectedProcedure } from "@/server/api/trpc";
import { listMyFoods } from "@/server/nutrition/custom-food-service";

/** The caller's custom foods and recipes, and those their trainer shares with them. */
export const myFoodsProcedure = protectedProcedure
  .input(z.void())
  .output(z.array(ZFoodView))
  .query(({ ctx }) => listMyFoods(ctx.user));
