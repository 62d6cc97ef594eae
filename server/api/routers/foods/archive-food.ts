import "server-only";
import { z } from "zod";
import { ZFoodIdRequestSchema } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { archiveCustomFood } from "@/server/nutrition/custom-food-service";

/** Takes one of the caller's foods or recipes out of search and logging. */
export const archiveFoodProcedure = protectedProcedure
  .input(ZFoodIdRequestSchema)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await archiveCustomFood(ctx.user, input.foodId);
    await recordAudit(ctx.actor, { action: "food.archive", subjectType: "food", subjectId: input.foodId });
  });
