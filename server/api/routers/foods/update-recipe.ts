import "server-only";
import { ZFoodView, ZUpdateRecipeRequestSchema } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateRecipe } from "@/server/nutrition/custom-food-service";

export const updateRecipeProcedure = protectedProcedure
  .input(ZUpdateRecipeRequestSchema)
  .output(ZFoodView)
  .mutation(async ({ ctx, input }) => {
    const recipe = await updateRecipe(ctx.user, input.foodId, input.recipe);
    await recordAudit(ctx.actor, { action: "recipe.update", subjectType: "food", subjectId: recipe.id });
    return recipe;
  });
