import "server-only";
import { ZCustomFoodInputSchema, ZFoodView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { createCustomFood } from "@/server/nutrition/custom-food-service";

/** A food from a label: per 100 g or per serving, with an optional barcode; trainers may share it with clients. */
export const createCustomFoodProcedure = protectedProcedure
  .input(ZCustomFoodInputSchema)
  .output(ZFoodView)
  .mutation(async ({ ctx, input }) => {
    const food = await createCustomFood(ctx.user, input);
    await recordAudit(ctx.actor, { action: "food.create", subjectType: "food", subjectId: food.id });
    return food;
  });
