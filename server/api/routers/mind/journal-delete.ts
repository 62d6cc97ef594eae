import "server-only";
import { ZJournalDeleteRequestSchema, ZJournalDeleteView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { deleteJournalEntry } from "@/server/mind/journal-service";

/** Deletes one of the caller's journal entries; a replayed delete answers deleted: false. */
export const journalDeleteProcedure = protectedProcedure
  .input(ZJournalDeleteRequestSchema)
  .output(ZJournalDeleteView)
  .mutation(async ({ ctx, input }) => {
    const result = await deleteJournalEntry(ctx.user, input.entryId);
    await recordAudit(ctx.actor, {
      action: "mind.journal_delete",
      subjectType: "mind_journal",
      subjectId: input.entryId,
      targetUserId: ctx.user.id,
      meta: { deleted: result.deleted },
    });
    return result;
  });
