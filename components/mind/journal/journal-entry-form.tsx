"use client";

import { useState } from "react";
import { journalPromptIds, journalPrompts, type JournalPromptId } from "@/lib/mind/journal-prompts";
import { JOURNAL_TEXT_MAX } from "@/lib/schemas/mind";

export type JournalDraft = { prompt: JournalPromptId; text: string };

const promptChoiceLabel = (prompt: JournalPromptId) => (prompt === "none" ? "None (free writing)" : journalPrompts[prompt].label);

/**
 * The prompt choice and the text of an entry, for a new one and for an edit. The chosen prompt's
 * question labels the text box. `onSave` answers with an error to show, or null once this phone has stored the entry.
 */
export function JournalEntryForm({
  idPrefix,
  start,
  saveLabel,
  clearOnSave = false,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  start: JournalDraft;
  saveLabel: string;
  /** Empty the form once saved, ready for the next entry. */
  clearOnSave?: boolean;
  onSave: (draft: JournalDraft) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<JournalDraft>(start);
  const [error, setError] = useState<string | null>(null);
  const promptId = `${idPrefix}-prompt`;
  const textId = `${idPrefix}-text`;
  const question = journalPrompts[draft.prompt].text;

  // The text stays in the form until this phone has stored it: nothing typed is lost to a full disk.
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const problem = await onSave(draft);
    setError(problem);
    if (!problem && clearOnSave) setDraft(start);
  }

  return (
    <form className="space-y-3" onSubmit={submit} noValidate>
      <div>
        <label htmlFor={promptId} className="label">
          Prompt (optional)
        </label>
        <select id={promptId} className="input w-full" value={draft.prompt} onChange={(event) => setDraft((current) => ({ ...current, prompt: event.target.value as JournalPromptId }))}>
          {journalPromptIds.map((prompt) => (
            <option key={prompt} value={prompt}>
              {promptChoiceLabel(prompt)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={textId} className="label">
          {question ?? "Your entry"}
        </label>
        <textarea
          id={textId}
          className="input min-h-[8rem] w-full"
          maxLength={JOURNAL_TEXT_MAX}
          value={draft.text}
          aria-describedby={error ? `${textId}-error` : `${textId}-count`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft((current) => ({ ...current, text: event.target.value }))}
        />
        <p id={`${textId}-count`} className="mt-1 text-xs text-slate-600">
          {draft.text.length.toLocaleString("en")} of {JOURNAL_TEXT_MAX.toLocaleString("en")} characters
        </p>
        {error ? (
          <p id={`${textId}-error`} role="alert" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary flex-1">
          {saveLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
