import "server-only";
import { z } from "zod";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { stopProgram } from "@/server/train/program-service";

/** Stops the caller's active program (nothing is scheduled until another starts). */
export const stopProgramProcedure = protectedProcedure
  .input(z.void())
  .output(z.object({ stopped: z.boolean() }))
  .mutation(async ({ ctx }) => {
    await stopProgram(ctx.user, ctx.actor, ctx.user.id);
    await recordAudit(ctx.actor, { action: "program.stop", subjectType: "program", subjectId: null, ...memberAuditFields(ctx.user, ctx.user.id) });
    return { stopped: true };
  });
