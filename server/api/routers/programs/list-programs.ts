import "server-only";
import { z } from "zod";
import { ZListProgramsRequestSchema, ZProgramSummarySchema } from "@/lib/schemas/program";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { memberAuditFields } from "@/server/train/access";
import { listPrograms } from "@/server/train/program-service";

/** Programs of the caller (or a member they may act for), newest edit first. */
export const listProgramsProcedure = protectedProcedure
  .input(ZListProgramsRequestSchema)
  .output(z.array(ZProgramSummarySchema))
  .query(async ({ ctx, input }) => {
    const result = await listPrograms(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "program.list", subjectType: "program", subjectId: null, ...memberAuditFields(ctx.user, input.ownerId ?? ctx.user.id) });
    return result;
  });
