import "server-only";
import { ZTrainingSetup } from "@/lib/schemas/training-setup";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { saveTrainingSetup } from "@/server/train/member-context";

/** Saves what the member can load; targets are rounded to it from the next prescription on. */
export const saveSetupProcedure = protectedProcedure
  .input(ZTrainingSetup)
  .output(ZTrainingSetup)
  .mutation(async ({ ctx, input }) => {
    await saveTrainingSetup(ctx.user.id, input);
    await recordAudit(ctx.actor, { action: "training.setup_update", subjectType: "training_setup", subjectId: ctx.user.id, targetUserId: ctx.user.id });
    return input;
  });
