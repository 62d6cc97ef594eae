import "server-only";
import { ZJournalEntryView, ZJournalUpdateRequestSchema } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { updateJournalEntry } from "@/server/mind/journal-service";

/** Edits one of the caller's journal entries. */
export const journalUpdateProcedure = protectedProcedure
  .input(ZJournalUpdateRequestSchema)
  .output(ZJournalEntryView)
  .mutation(async ({ ctx, input }) => {
    const entry = await updateJournalEntry(ctx.user, input);
    await recordAudit(ctx.actor, { action: "mind.journal_update", subjectType: "mind_journal", subjectId: entry.entryId, targetUserId: ctx.user.id });
    return entry;
  });
