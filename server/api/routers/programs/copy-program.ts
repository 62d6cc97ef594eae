import "server-only";
import { ZCopyProgramRequestSchema, ZProgramSchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { copyProgram } from "@/server/train/program-service";

/** A copy to edit freely (the original is untouched). */
export const copyProgramProcedure = protectedProcedure
  .input(ZCopyProgramRequestSchema)
  .output(ZProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const { sourceOwnerId, ...result } = await copyProgram(ctx.user, ctx.actor, input);
    // The row names the member acted for: the copy's new owner, or (a trainer copying a client's program
    // into their own library) the source's owner; a source owned by someone else is named in meta too.
    const memberId = result.ownerId !== ctx.user.id ? result.ownerId : sourceOwnerId;
    const fields = memberAuditFields(ctx.user, memberId);
    await recordAudit(ctx.actor, {
      action: "program.copy",
      subjectType: "program",
      subjectId: result.id,
      targetUserId: fields.targetUserId,
      meta: { ...fields.meta, sourceProgramId: input.programId, ...(sourceOwnerId !== result.ownerId ? { sourceOwnerId } : {}) },
    });
    return result;
  });
