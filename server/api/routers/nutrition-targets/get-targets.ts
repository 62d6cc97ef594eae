import "server-only";
import { z } from "zod";
import { ZTargetsView } from "@/lib/schemas/nutrition";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { targetsView } from "@/server/nutrition/proposal-service";

/** The caller's targets, how they were worked out, the adaptive estimate and any proposal. */
export const getTargetsProcedure = protectedProcedure
  .input(z.void())
  .output(ZTargetsView)
  .query(async ({ ctx }) => {
    const view = await targetsView(ctx.user, ctx.user.id);
    await recordAudit(ctx.actor, { action: "nutrition_targets.read", subjectType: "nutrition_plan", subjectId: ctx.user.id, targetUserId: ctx.user.id });
    return view;
  });
