import "server-only";
import { z } from "zod";
import { ZDeleteNoteRequestSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { deleteNote } from "@/server/coaching/trainer-note-service";

/** Deletes one of the caller's notes about a client (audited). */
export const deleteNoteProcedure = trainerProcedure
  .input(ZDeleteNoteRequestSchema)
  .output(z.void())
  .mutation(({ ctx, input }) => deleteNote(ctx.user, ctx.actor, input.clientId, input.noteId));
