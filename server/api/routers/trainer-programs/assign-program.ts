import "server-only";
import { ZAssignProgramRequestSchema, ZAssignProgramResponseSchema } from "@/lib/schemas/program-assignment";
import { trainerProcedure } from "@/server/api/trpc";
import { assignProgram } from "@/server/train/program-assignment-service";

/**
 * Gives each chosen client their own copy of a template from the trainer's library, running from the
 * start date. Refused as a whole (FORBIDDEN) when any id is not the trainer's active client; the same
 * request again makes nothing twice. Each assignment is audited by the service (`program.assign`).
 */
export const assignProgramProcedure = trainerProcedure
  .input(ZAssignProgramRequestSchema)
  .output(ZAssignProgramResponseSchema)
  .mutation(async ({ ctx, input }) => assignProgram(ctx.user, ctx.actor, input));
