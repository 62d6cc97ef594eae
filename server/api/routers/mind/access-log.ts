import "server-only";
import { ZMindAccessLogView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { mindAccessLog } from "@/server/mind/sharing-service";

/** Every time the caller's trainer viewed their Mind data, newest first, with who, what and under which consent. */
export const accessLogProcedure = protectedProcedure.output(ZMindAccessLogView).query(async ({ ctx }) => {
  const log = await mindAccessLog(ctx.user);
  await recordAudit(ctx.actor, { action: "mind.read", subjectType: "mind_access_log", subjectId: ctx.user.id, targetUserId: ctx.user.id });
  return log;
});
