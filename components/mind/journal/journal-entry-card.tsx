"use client";

import { useState } from "react";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formatInstant } from "@/lib/dates/format-instant";
import { journalPrompts } from "@/lib/mind/journal-prompts";
import type { ShownEntry } from "./journal-display";
import { JournalEntryForm, type JournalDraft } from "./journal-entry-form";

/** One entry: its prompt, the time it was written and its text, with Edit and Delete (after a confirmation). */
export function JournalEntryCard({
  entry,
  dayLabel,
  timeZone,
  onEdit,
  onDelete,
}: {
  entry: ShownEntry;
  dayLabel: string;
  timeZone: string;
  onEdit: (draft: JournalDraft) => Promise<string | null>;
  onDelete: () => void;
}) {
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const prompt = journalPrompts[entry.prompt];
  const time = formatInstant(entry.createdAt, timeZone, { hour: "2-digit", minute: "2-digit" });

  return (
    <li className="space-y-2 rounded-xl border border-slate-200 p-3" data-testid="journal-entry" data-entry-id={entry.entryId}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="font-semibold text-slate-800">
          {prompt.label}
          <span className="font-normal text-slate-600"> · {time}</span>
        </p>
        {entry.pending ? (
          <span data-testid="journal-entry-sync" className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            Pending
          </span>
        ) : null}
      </div>
      {prompt.text && mode !== "edit" ? <p className="text-sm italic text-slate-600">{prompt.text}</p> : null}
      {mode === "edit" ? (
        <JournalEntryForm
          idPrefix={`edit-${entry.entryId}`}
          start={{ prompt: entry.prompt, text: entry.text }}
          saveLabel="Save changes"
          onSave={async (draft) => {
            const problem = await onEdit(draft);
            if (!problem) setMode("view");
            return problem;
          }}
          onCancel={() => setMode("view")}
        />
      ) : (
        <p className="whitespace-pre-wrap break-words text-slate-900">{entry.text}</p>
      )}
      {mode === "delete" ? (
        <ConfirmPanel
          label={`Delete the entry of ${dayLabel}, ${time}`}
          error={null}
          pending={false}
          confirm={["Delete", "Deleting…"]}
          onConfirm={() => {
            setMode("view");
            onDelete();
          }}
          onCancel={() => setMode("view")}
        >
          Delete this entry for good? It cannot be brought back.
        </ConfirmPanel>
      ) : null}
      {mode === "view" ? (
        <div className="flex gap-2">
          <button type="button" className="btn-secondary" aria-label={`Edit the entry of ${dayLabel}, ${time}`} onClick={() => setMode("edit")}>
            Edit
          </button>
          <button
            type="button"
            className="rounded-lg px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50"
            aria-label={`Delete the entry of ${dayLabel}, ${time}`}
            onClick={() => setMode("delete")}
          >
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}
