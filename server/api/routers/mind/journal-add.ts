import "server-only";
import { ZJournalAddRequestSchema, ZJournalEntryView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { addJournalEntry } from "@/server/mind/journal-service";

/** Adds a journal entry (idempotent on the phone-made entryId). The audit row never holds the text. */
export const journalAddProcedure = protectedProcedure
  .input(ZJournalAddRequestSchema)
  .output(ZJournalEntryView)
  .mutation(async ({ ctx, input }) => {
    const entry = await addJournalEntry(ctx.user, input);
    await recordAudit(ctx.actor, { action: "mind.journal_add", subjectType: "mind_journal", subjectId: entry.entryId, targetUserId: ctx.user.id });
    return entry;
  });
