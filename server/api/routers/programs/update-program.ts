import "server-only";
import { ZUpdateProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { updateProgram } from "@/server/train/program-service";

/** Saves an edit; refused with CONFLICT when the program changed since `version`. */
export const updateProgramProcedure = protectedProcedure
  .input(ZUpdateProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.update", subjectType: "program", subjectId: input.programId, ...memberAuditFields(ctx.user, result.ownerId) });
    return result;
  });
