import "server-only";
import { protectedProcedure } from "@/server/api/trpc";
import { ZReadinessTodayView } from "@/lib/schemas/readiness";
import { readinessToday } from "@/server/readiness/readiness-service";

/** The caller's readiness for today (from their stored insights), the lighter version on offer and its status. */
export const readinessTodayProcedure = protectedProcedure.output(ZReadinessTodayView).query(({ ctx }) => readinessToday(ctx.user, ctx.actor));
