import "server-only";
import { ZHabitProgramIdRequestSchema, ZHabitProgramSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { getHabitProgram } from "@/server/habits/habit-program-service";

/** One of the trainer's habit programs with its phases. */
export const getHabitProgramProcedure = trainerProcedure
  .input(ZHabitProgramIdRequestSchema)
  .output(ZHabitProgramSchema)
  .query(async ({ ctx, input }) => {
    const result = await getHabitProgram(ctx.user, ctx.actor, input.programId);
    await recordAudit(ctx.actor, { action: "habit_program.read", subjectType: "habit_program", subjectId: input.programId });
    return result;
  });
