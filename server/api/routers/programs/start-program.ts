import "server-only";
import { ZStartProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { startProgram } from "@/server/train/program-service";

/** Makes the program the member’s active one from a start date (member-local). */
export const startProgramProcedure = protectedProcedure
  .input(ZStartProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await startProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.start", subjectType: "program", subjectId: input.programId, ...memberAuditFields(ctx.user, result.ownerId) });
    return result;
  });
