import "server-only";
import { trainerProcedure } from "@/server/api/trpc";
import { trainerInbox } from "@/server/trainer-inbox/trainer-insights-service";
import { ZTrainerInboxSchema } from "@/server/trainer-inbox/trainer-insight-schemas";

/** The exception inbox across the trainer's active clients: open items, most important first. */
export const inboxProcedure = trainerProcedure.output(ZTrainerInboxSchema).query(({ ctx }) => trainerInbox(ctx.user, ctx.actor));
