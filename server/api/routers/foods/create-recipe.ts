import "server-only";
import { ZFoodView, ZRecipeInputSchema } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { createRecipe } from "@/server/nutrition/custom-food-service";

/** A recipe from ingredients and amounts; logged by the serving like any food. */
export const createRecipeProcedure = protectedProcedure
  .input(ZRecipeInputSchema)
  .output(ZFoodView)
  .mutation(async ({ ctx, input }) => {
    const recipe = await createRecipe(ctx.user, input);
    await recordAudit(ctx.actor, { action: "recipe.create", subjectType: "food", subjectId: recipe.id });
    return recipe;
  });
