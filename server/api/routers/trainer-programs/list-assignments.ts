import "server-only";
import { ZProgramAssignmentsRequestSchema, ZProgramAssignmentsResponseSchema } from "@/lib/schemas/program-assignment";
import { trainerProcedure } from "@/server/api/trpc";
import { listAssignments } from "@/server/train/program-assignment-service";

/** Which current clients have a copy of this template, of which version, and whether it is running (audited). */
export const listAssignmentsProcedure = trainerProcedure
  .input(ZProgramAssignmentsRequestSchema)
  .output(ZProgramAssignmentsResponseSchema)
  .query(async ({ ctx, input }) => listAssignments(ctx.user, ctx.actor, input.programId));
