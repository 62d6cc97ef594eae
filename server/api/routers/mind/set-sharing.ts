import "server-only";
import { ZSetSharingRequestSchema, ZSharingView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { setSharing } from "@/server/mind/sharing-service";

/** Sets what the caller shares with their trainer; it applies to the trainer's very next call. */
export const setSharingProcedure = protectedProcedure
  .input(ZSetSharingRequestSchema)
  .output(ZSharingView)
  .mutation(async ({ ctx, input }) => {
    const { view, changed } = await setSharing(ctx.user, input.level);
    // Choosing the level already set changes nothing, so there is nothing to audit.
    if (changed) {
      await recordAudit(ctx.actor, { action: "mind.sharing", subjectType: "mind_settings", subjectId: ctx.user.id, targetUserId: ctx.user.id, meta: changed });
    }
    return view;
  });
