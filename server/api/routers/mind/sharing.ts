import "server-only";
import { ZSharingView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { sharingSettings } from "@/server/mind/sharing-service";

/** What the caller shares with their trainer, and every change they made to it (newest first). */
export const sharingProcedure = protectedProcedure.output(ZSharingView).query(async ({ ctx }) => {
  const view = await sharingSettings(ctx.user);
  await recordAudit(ctx.actor, { action: "mind.read", subjectType: "mind_sharing", subjectId: ctx.user.id, targetUserId: ctx.user.id });
  return view;
});
