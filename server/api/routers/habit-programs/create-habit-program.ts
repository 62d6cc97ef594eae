import "server-only";
import { ZCreateHabitProgramRequestSchema, ZHabitProgramSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { createHabitProgram } from "@/server/habits/habit-program-service";

/** A new habit program in the trainer's library. */
export const createHabitProgramProcedure = trainerProcedure
  .input(ZCreateHabitProgramRequestSchema)
  .output(ZHabitProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await createHabitProgram(ctx.user, input.content);
    await recordAudit(ctx.actor, { action: "habit_program.create", subjectType: "habit_program", subjectId: result.id });
    return result;
  });
