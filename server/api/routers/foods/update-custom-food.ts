import "server-only";
import { ZFoodView, ZUpdateCustomFoodRequestSchema } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateCustomFood } from "@/server/nutrition/custom-food-service";

/** Edits one of the caller's foods; entries already logged keep the nutrients they were logged with. */
export const updateCustomFoodProcedure = protectedProcedure
  .input(ZUpdateCustomFoodRequestSchema)
  .output(ZFoodView)
  .mutation(async ({ ctx, input }) => {
    const food = await updateCustomFood(ctx.user, input.foodId, input.food);
    await recordAudit(ctx.actor, { action: "food.update", subjectType: "food", subjectId: food.id });
    return food;
  });
