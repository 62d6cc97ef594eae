import "server-only";
import { ZAddNoteRequestSchema, ZTrainerNoteSchema } from "@/lib/coaching/schemas";
import { trainerProcedure } from "@/server/api/trpc";
import { addNote } from "@/server/coaching/trainer-note-service";

/** Adds a private note about a client; the text is encrypted at rest (audited). */
export const addNoteProcedure = trainerProcedure
  .input(ZAddNoteRequestSchema)
  .output(ZTrainerNoteSchema)
  .mutation(({ ctx, input }) => addNote(ctx.user, ctx.actor, input.clientId, input.text));
