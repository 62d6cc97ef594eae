import "server-only";
import { z } from "zod";
import { ZHabitProgramEnrollmentSchema, ZListEnrollmentsRequestSchema } from "@/lib/schemas/habit-program";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { listEnrollments } from "@/server/habits/habit-program-enrollment-service";

/** The trainer's habit program enrollments of one active client, with the habits each made. */
export const listEnrollmentsProcedure = trainerProcedure
  .input(ZListEnrollmentsRequestSchema)
  .output(z.array(ZHabitProgramEnrollmentSchema))
  .query(async ({ ctx, input }) => {
    const result = await listEnrollments(ctx.user, ctx.actor, input.clientId);
    await recordAudit(ctx.actor, { action: "habit_program.enrollments", subjectType: "habit_program_enrollment", subjectId: null, targetUserId: input.clientId });
    return result;
  });
