import "server-only";
import { ZProgramIdRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { getProgram } from "@/server/train/program-service";

/** One program with its weeks, days and slots. */
export const getProgramProcedure = protectedProcedure
  .input(ZProgramIdRequestSchema)
  .output(ZProgramSchema)
  .query(async ({ ctx, input }) => {
    const result = await getProgram(ctx.user, ctx.actor, input.programId);
    await recordAudit(ctx.actor, { action: "program.read", subjectType: "program", subjectId: input.programId, ...memberAuditFields(ctx.user, result.ownerId) });
    return result;
  });
