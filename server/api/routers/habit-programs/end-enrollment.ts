import "server-only";
import { z } from "zod";
import { ZEnrollmentIdRequestSchema, ZHabitProgramEnrollmentSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { endEnrollment } from "@/server/habits/habit-program-enrollment-service";

/** Ends an enrollment: habits not started yet are archived, started ones stay with the client. */
export const endEnrollmentProcedure = trainerProcedure
  .input(ZEnrollmentIdRequestSchema)
  .output(z.object({ enrollment: ZHabitProgramEnrollmentSchema, archived: z.int() }))
  .mutation(async ({ ctx, input }) => {
    const result = await endEnrollment(ctx.user, ctx.actor, input.enrollmentId);
    await recordAudit(ctx.actor, {
      action: "habit_program.end",
      subjectType: "habit_program_enrollment",
      subjectId: input.enrollmentId,
      targetUserId: result.enrollment.clientId,
      meta: { archived: result.archived },
    });
    return result;
  });
