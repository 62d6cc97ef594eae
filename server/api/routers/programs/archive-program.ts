import "server-only";
import { ZArchiveProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { archiveProgram } from "@/server/train/program-service";

/** Archives (or restores) a program; archiving stops its schedule. */
export const archiveProgramProcedure = protectedProcedure
  .input(ZArchiveProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await archiveProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.archive", subjectType: "program", subjectId: input.programId, ...memberAuditFields(ctx.user, result.ownerId) });
    return result;
  });
