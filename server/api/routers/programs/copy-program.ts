import "server-only";
import { ZCopyProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { copyProgram } from "@/server/train/program-service";

/** A copy to edit freely (the original is untouched). */
export const copyProgramProcedure = protectedProcedure
  .input(ZCopyProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await copyProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.copy", subjectType: "program", subjectId: result.id });
    return result;
  });
