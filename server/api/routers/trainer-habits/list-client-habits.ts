import "server-only";
import { z } from "zod";
import { ZHabitViewSchema } from "@/lib/schemas/habit";
import { ZClientRequestSchema } from "@/lib/schemas/habit-assignment";
import { recordAudit } from "@/server/audit/audit-service";
import { trainerProcedure } from "@/server/api/trpc";
import { listClientHabits } from "@/server/habits/habit-assignment-service";

/** An active client's current habits with their progress, as the client sees them. */
export const listClientHabitsProcedure = trainerProcedure
  .input(ZClientRequestSchema)
  .output(z.array(ZHabitViewSchema))
  .query(async ({ ctx, input }) => {
    const result = await listClientHabits(ctx.user, ctx.actor, input.clientId);
    await recordAudit(ctx.actor, { action: "habit.list", subjectType: "habit", subjectId: null, targetUserId: input.clientId });
    return result;
  });
