import "server-only";
import { ZCreateProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { createProgram } from "@/server/train/program-service";

/** A new program (the caller's, or a client's for their trainer); every exercise must be one its owner can see. */
export const createProgramProcedure = protectedProcedure
  .input(ZCreateProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await createProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.create", subjectType: "program", subjectId: result.id, ...memberAuditFields(ctx.user, result.ownerId) });
    return result;
  });
