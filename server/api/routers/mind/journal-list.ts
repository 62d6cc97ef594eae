import "server-only";
import { ZJournalListRequestSchema, ZJournalPageView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { listJournalEntries } from "@/server/mind/journal-service";

/** A page of the caller's journal, newest first, decrypted for them only. */
export const journalListProcedure = protectedProcedure
  .input(ZJournalListRequestSchema)
  .output(ZJournalPageView)
  .query(async ({ ctx, input }) => {
    const page = await listJournalEntries(ctx.user, input);
    await recordAudit(ctx.actor, {
      action: "mind.journal_list",
      subjectType: "mind_journal",
      subjectId: null,
      targetUserId: ctx.user.id,
      meta: { entries: page.entries.length },
    });
    return page;
  });
