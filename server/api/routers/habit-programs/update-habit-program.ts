import "server-only";
import { ZHabitProgramSchema, ZUpdateHabitProgramRequestSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { updateHabitProgram } from "@/server/habits/habit-program-service";

/** Saves an edit made on `version` (a stale one is a CONFLICT). Enrollments already made keep their copy. */
export const updateHabitProgramProcedure = trainerProcedure
  .input(ZUpdateHabitProgramRequestSchema)
  .output(ZHabitProgramSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await updateHabitProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, { action: "habit_program.update", subjectType: "habit_program", subjectId: input.programId });
    return result;
  });
