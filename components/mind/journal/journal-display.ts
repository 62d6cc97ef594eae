import type { QueuedWrite } from "@/lib/offline/local-db";
import type { TJournalAddRequest, TJournalEntryView, TJournalPageView, TJournalUpdateRequest } from "@/lib/schemas/mind";

/** The journal's writes, all sent through the offline outbox. */
export const journalWritePaths = ["mind.journalAdd", "mind.journalUpdate", "mind.journalDelete"] as const;
export type JournalWritePath = (typeof journalWritePaths)[number];
export const isJournalWrite = (path: string): path is JournalWritePath => (journalWritePaths as readonly string[]).includes(path);

/** A journal write as the screen sees it: from the outbox, or just made and not yet stored on the phone. */
export type JournalWrite = Pick<QueuedWrite, "key" | "createdAt"> &
  (
    | { path: "mind.journalAdd"; input: TJournalAddRequest & { prompt: NonNullable<TJournalAddRequest["prompt"]> } }
    | { path: "mind.journalUpdate"; input: TJournalUpdateRequest }
    | { path: "mind.journalDelete"; input: { entryId: string } }
  );

/** An entry on screen: `pending` while a change to it is on the phone and not on the server yet. */
export type ShownEntry = TJournalEntryView & { pending: boolean };

/**
 * The entries with the writes still on the phone applied in order: a new entry goes on top, an edit
 * shows its text, a deletion hides the entry. `addNew` is false for search results (a pending entry was
 * not searched).
 */
export function withPendingWrites(entries: TJournalEntryView[], writes: JournalWrite[], { addNew }: { addNew: boolean }): ShownEntry[] {
  let shown: ShownEntry[] = entries.map((entry) => ({ ...entry, pending: false }));
  for (const write of writes) {
    const { entryId } = write.input;
    if (write.path === "mind.journalAdd") {
      if (!addNew || shown.some((entry) => entry.entryId === entryId)) continue;
      const at = new Date(write.createdAt);
      shown = [{ entryId, dayKey: write.input.dayKey, prompt: write.input.prompt, text: write.input.text.trim(), createdAt: at, updatedAt: at, pending: true }, ...shown];
    } else if (write.path === "mind.journalUpdate") {
      const { prompt, text } = write.input;
      shown = shown.map((entry) => (entry.entryId === entryId ? { ...entry, prompt: prompt ?? entry.prompt, text: text.trim(), pending: true } : entry));
    } else {
      shown = shown.filter((entry) => entry.entryId !== entryId);
    }
  }
  return shown;
}

/**
 * The pages of the list with one entry the server answered for: added on top (a new entry), replaced,
 * or removed. An edit of an entry not loaded yet (found by search) is left for its own page to show.
 */
export function withServerAnswer(pages: TJournalPageView[], answer: { entryId: string; entry: TJournalEntryView | null; added: boolean }): TJournalPageView[] {
  const known = pages.some((page) => page.entries.some((entry) => entry.entryId === answer.entryId));
  if (!answer.entry) return known ? pages.map((page) => ({ ...page, entries: page.entries.filter((entry) => entry.entryId !== answer.entryId) })) : pages;
  const fresh = answer.entry;
  if (known) return pages.map((page) => ({ ...page, entries: page.entries.map((entry) => (entry.entryId === fresh.entryId ? fresh : entry)) }));
  if (!answer.added) return pages;
  if (pages.length === 0) return [{ entries: [fresh], nextCursor: null }];
  return [{ ...pages[0], entries: [fresh, ...pages[0].entries] }, ...pages.slice(1)];
}

/** Consecutive entries of the same day, in the order given (newest first). */
export function groupByDay(entries: ShownEntry[]): { dayKey: string; entries: ShownEntry[] }[] {
  const groups: { dayKey: string; entries: ShownEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.dayKey === entry.dayKey) last.entries.push(entry);
    else groups.push({ dayKey: entry.dayKey, entries: [entry] });
  }
  return groups;
}
