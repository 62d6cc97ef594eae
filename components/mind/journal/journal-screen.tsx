"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { BackHeading } from "@/components/ui/back-heading";
import { useTodayKey } from "@/components/habits/use-current-day-key";
import { MindSyncStatus } from "@/components/mind/mind-sync-status";
import { Alert } from "@/components/ui/alert";
import { ZJournalAddRequestSchema, ZJournalUpdateRequestSchema, type TJournalEntryView, type TJournalPageView, type TJournalUpdateRequest } from "@/lib/schemas/mind";
import { messageOf, useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { withPendingWrites, withServerAnswer } from "./journal-display";
import { JournalDayList } from "./journal-day-list";
import { JournalEntryForm, type JournalDraft } from "./journal-entry-form";
import { JournalSearchForm } from "./journal-search-form";
import { JOURNAL_LIST_PAGE } from "./journal-page-size";
import { useJournalWrites } from "./use-journal-writes";
import { useOnline } from "@/components/pwa/use-online";

const NEW_ENTRY: JournalDraft = { prompt: "none", text: "" };
const entriesWord = (count: number) => `${count} ${count === 1 ? "entry" : "entries"}`;

/**
 * /mind/journal: write an entry (with a prompt if wanted), read and edit past ones by day, search them.
 * Every write goes through the offline outbox and shows at once; search runs on the server, which alone
 * can decrypt the entries, so it needs a connection.
 */
const searchKey = ["mind", "journalSearch"] as const;

export function JournalScreen({ userId, timeZone, todayKey: servedTodayKey, initial }: { userId: string; timeZone: string; todayKey: string; initial: TJournalPageView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const online = useOnline();
  const todayKey = useTodayKey(timeZone, servedTodayKey);
  const [query, setQuery] = useState<string | null>(null);

  const listInput = { limit: JOURNAL_LIST_PAGE };
  const list = useInfiniteQuery(
    trpc.mind.journalList.infiniteQueryOptions(listInput, {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      initialData: { pages: [initial], pageParams: [null] },
    }),
  );
  // The search is a POST (its words stay out of URLs and logs), read and cached here like a query.
  const client = useTRPCClient();
  const search = useQuery({ queryKey: [...searchKey, query], queryFn: () => client.mind.journalSearch.mutate({ query: query ?? "" }), enabled: query !== null && online });

  // The server's answer to a sent write goes straight into the list (no reload of every page).
  const onAnswer = useCallback(
    (answer: { entryId: string; entry: TJournalEntryView | null; added: boolean }) => {
      queryClient.setQueryData(trpc.mind.journalList.infiniteQueryKey({ limit: JOURNAL_LIST_PAGE }), (data) => (data ? { ...data, pages: withServerAnswer(data.pages, answer) } : data));
      void queryClient.invalidateQueries({ queryKey: searchKey });
    },
    [queryClient, trpc],
  );
  const writes = useJournalWrites(userId, onAnswer);

  const served = useMemo(() => {
    // A page read after an entry was added on top of the first one may repeat it: show it once.
    const byId = new Map<string, TJournalEntryView>();
    for (const page of list.data?.pages ?? [initial]) for (const entry of page.entries) if (!byId.has(entry.entryId)) byId.set(entry.entryId, entry);
    return [...byId.values()];
  }, [list.data, initial]);
  const entries = useMemo(() => withPendingWrites(served, writes.pending, { addNew: true }), [served, writes.pending]);
  const results = useMemo(() => (search.data ? withPendingWrites(search.data.entries, writes.pending, { addNew: false }) : null), [search.data, writes.pending]);
  const showingResults = query !== null && results !== null;

  const notStored = "This phone could not store your entry (its storage may be full). Your text is still here: free some space and save again.";
  async function add(draft: JournalDraft): Promise<string | null> {
    const parsed = ZJournalAddRequestSchema.safeParse({ entryId: crypto.randomUUID(), dayKey: todayKey, prompt: draft.prompt, text: draft.text });
    if (!parsed.success) return parsed.error.issues[0]?.message ?? "Check your entry.";
    return (await writes.queue({ path: "mind.journalAdd", input: parsed.data })) ? null : notStored;
  }
  async function edit(request: TJournalUpdateRequest): Promise<string | null> {
    const parsed = ZJournalUpdateRequestSchema.safeParse(request);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? "Check your entry.";
    return (await writes.queue({ path: "mind.journalUpdate", input: parsed.data })) ? null : notStored;
  }
  const remove = (entryId: string) => void writes.queue({ path: "mind.journalDelete", input: { entryId } });

  return (
    <div className="space-y-5">
      <BackHeading href="/mind" section="Mind" title="Journal">
        <p className="text-sm text-slate-600">Only you can read your journal. It is stored encrypted and is never shared with your trainer.</p>
      </BackHeading>
      <MindSyncStatus outbox={writes.outbox} />

      <section className="card space-y-3" aria-labelledby="journal-write-heading">
        <h2 id="journal-write-heading" className="text-lg font-semibold">
          Write an entry
        </h2>
        <JournalEntryForm idPrefix="new-entry" start={NEW_ENTRY} saveLabel="Save entry" clearOnSave onSave={add} />
      </section>

      <section className="card space-y-4" aria-labelledby="journal-entries-heading">
        <h2 id="journal-entries-heading" className="text-lg font-semibold">
          Your entries
        </h2>
        <JournalSearchForm online={online} active={query !== null} onSearch={setQuery} onClear={() => setQuery(null)} />

        {query !== null && search.isError ? (
          <Alert>{messageOf(search.error)}</Alert>
        ) : query !== null && !showingResults ? (
          <p role="status" className="text-sm text-slate-600">
            {online ? "Searching…" : `Search for “${query}” will run when you are back online.`}
          </p>
        ) : null}

        {showingResults ? (
          <div className="space-y-3" data-testid="journal-search-results">
            <p className="font-semibold" role="status">
              {results.length === 0 ? `No entries contain “${query}”.` : `${entriesWord(results.length)} with “${query}”`}
            </p>
            <JournalDayList entries={results} todayKey={todayKey} timeZone={timeZone} onEdit={edit} onDelete={remove} />
          </div>
        ) : (
          <>
            {entries.length === 0 ? (
              <p className="text-sm text-slate-600">No entries yet. A line or two is enough to start.</p>
            ) : (
              <JournalDayList entries={entries} todayKey={todayKey} timeZone={timeZone} onEdit={edit} onDelete={remove} />
            )}
            {list.isFetchNextPageError ? <Alert>{messageOf(list.error)}</Alert> : null}
            {list.hasNextPage ? (
              <button type="button" className="btn-secondary w-full" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? "Loading older entries…" : "Show older"}
              </button>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
