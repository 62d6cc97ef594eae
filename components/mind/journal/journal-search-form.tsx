"use client";

import { useState } from "react";
import { ZJournalSearchRequestSchema } from "@/lib/schemas/mind";

/**
 * The search box. Entries are stored encrypted, so the server searches them by decrypting them for the
 * member (an audited read): it needs a connection, which the box says plainly when there is none.
 */
export function JournalSearchForm({ online, active, onSearch, onClear }: { online: boolean; active: boolean; onSearch: (query: string) => void; onClear: () => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZJournalSearchRequestSchema.safeParse({ query: text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Type something to search for");
      return;
    }
    setError(null);
    onSearch(parsed.data.query);
  }

  return (
    <form role="search" aria-label="Journal search" className="space-y-2" onSubmit={submit} noValidate>
      <label htmlFor="journal-search" className="label">
        Search your journal
      </label>
      <div className="flex gap-2">
        <input
          id="journal-search"
          type="search"
          className="input min-w-0 flex-1"
          maxLength={200}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "journal-search-error" : online ? undefined : "journal-search-offline"}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </div>
      {error ? (
        <p id="journal-search-error" role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {online ? null : (
        <p id="journal-search-offline" className="text-sm text-amber-900">
          You are offline. Search needs a connection; writing and your entries below still work.
        </p>
      )}
      {active ? (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            setText("");
            setError(null);
            onClear();
          }}
        >
          Clear search
        </button>
      ) : null}
    </form>
  );
}
