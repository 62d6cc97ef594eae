import "server-only";
import { z } from "zod";
import { ZHabitProgramSummarySchema, ZListHabitProgramsRequestSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { listHabitPrograms } from "@/server/habits/habit-program-service";

/** The trainer's own habit programs, most recently changed first. */
export const listHabitProgramsProcedure = trainerProcedure
  .input(ZListHabitProgramsRequestSchema)
  .output(z.array(ZHabitProgramSummarySchema))
  .query(async ({ ctx, input }) => {
    const result = await listHabitPrograms(ctx.user, input);
    await recordAudit(ctx.actor, { action: "habit_program.list", subjectType: "habit_program", subjectId: null });
    return result;
  });
