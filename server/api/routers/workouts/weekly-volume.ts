import "server-only";
import { z } from "zod";
import { ZWeeklyVolumeRequestSchema } from "@/lib/schemas/workout";
import { muscles } from "@/lib/train/vocabulary";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { weeklyVolume } from "@/server/train/training-analytics";

/** Hard sets and volume per muscle in one week. Training data is health data: every call is audited. */
export const weeklyVolumeProcedure = protectedProcedure
  .input(ZWeeklyVolumeRequestSchema)
  .output(z.array(z.object({ muscle: z.enum(muscles), sets: z.number(), volumeKg: z.number() })))
  .query(async ({ ctx, input }) => {
    const result = await weeklyVolume(ctx.user.id, input.weekKey);
    await recordAudit(ctx.actor, { action: "workout.weekly_volume", subjectType: "workout", subjectId: input.weekKey, targetUserId: ctx.user.id });
    return result;
  });
