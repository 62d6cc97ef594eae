import "server-only";
import { ZRosterRequestSchema, ZRosterSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { roster } from "@/server/coaching/roster-service";

/** The caller's own active clients with compliance and flags; sorted, filtered, one page at a time. */
export const rosterProcedure = trainerProcedure
  .input(ZRosterRequestSchema)
  .output(ZRosterSchema)
  .query(({ ctx, input }) => roster(ctx.user, ctx.actor, input));
