import "server-only";
import { z } from "zod";
import { ZAssignHabitProgramRequestSchema, ZHabitProgramEnrollmentSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { assignHabitProgram } from "@/server/habits/habit-program-enrollment-service";

/** Enrolls an active client from a start date; the same request again makes nothing twice. */
export const assignHabitProgramProcedure = trainerProcedure
  .input(ZAssignHabitProgramRequestSchema)
  .output(z.object({ enrollment: ZHabitProgramEnrollmentSchema, created: z.int() }))
  .mutation(async ({ ctx, input }) => {
    const result = await assignHabitProgram(ctx.user, ctx.actor, input);
    await recordAudit(ctx.actor, {
      action: "habit_program.assign",
      subjectType: "habit_program_enrollment",
      subjectId: result.enrollment.id,
      targetUserId: input.clientId,
      meta: { created: result.created },
    });
    return result;
  });
