import "server-only";
import { ZJournalSearchRequestSchema, ZJournalSearchView } from "@/lib/schemas/mind";
import { recordAudit } from "@/server/audit/audit-service";
import { protectedProcedure } from "@/server/api/trpc";
import { searchJournalEntries } from "@/server/mind/journal-service";

/**
 * Searches the caller's journal by decrypting it on the server. Audited on every call; the row holds
 * the number of matches only, never the query (it may itself be private) or any text. A mutation (a
 * POST), although it changes nothing: a query would carry the search words in the URL, where proxy
 * and access logs keep them.
 */
export const journalSearchProcedure = protectedProcedure
  .input(ZJournalSearchRequestSchema)
  .output(ZJournalSearchView)
  .mutation(async ({ ctx, input }) => {
    const result = await searchJournalEntries(ctx.user, input.query);
    await recordAudit(ctx.actor, {
      action: "mind.journal_search",
      subjectType: "mind_journal",
      subjectId: null,
      targetUserId: ctx.user.id,
      meta: { results: result.entries.length },
    });
    return result;
  });
