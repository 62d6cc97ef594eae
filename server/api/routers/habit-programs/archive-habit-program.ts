import "server-only";
import { ZArchiveHabitProgramRequestSchema, ZHabitProgramSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { archiveHabitProgram } from "@/server/habits/habit-program-service";

/** Archives (or restores) a habit program; running enrollments go on. */
export const archiveHabitProgramProcedure = trainerProcedure
  .input(ZArchiveHabitProgramRequestSchema)
  .output(ZHabitProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await archiveHabitProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "habit_program.archive", subjectType: "habit_program", subjectId: input.programId, meta: { archived: input.archived } });
    return result;
  });
