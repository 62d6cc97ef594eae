import "server-only";
import { z } from "zod";
import { ZClientIdRequestSchema, ZTrainerNoteSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { listNotes } from "@/server/coaching/trainer-note-service";

/** The caller's private notes about one of their clients, newest first (audited). */
export const notesProcedure = trainerProcedure
  .input(ZClientIdRequestSchema)
  .output(z.array(ZTrainerNoteSchema))
  .query(({ ctx, input }) => listNotes(ctx.user, ctx.actor, input.clientId));
