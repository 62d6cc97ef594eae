"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { NOTE_MAX_LENGTH } from "@/lib/coaching/schemas";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** The trainer's private notes about a client: newest first, add and delete. The client never sees them. */
export function ClientNotes({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const hintId = useId();
  const [text, setText] = useState("");
  const notes = useQuery(trpc.trainerClients.notes.queryOptions({ clientId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.trainerClients.notes.queryKey({ clientId }) });
  const add = useMutation(
    trpc.trainerClients.addNote.mutationOptions({
      onSuccess: async (note) => {
        setText("");
        // Shown from the answer at once: a refetch that was already in flight (the first load) would
        // otherwise answer without it.
        queryClient.setQueryData(trpc.trainerClients.notes.queryKey({ clientId }), (current) => (current && !current.some((row) => row.id === note.id) ? [note, ...current] : current));
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.trainerClients.deleteNote.mutationOptions({ onSuccess: refresh }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) add.mutate({ clientId, text });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-2">
        <label htmlFor={fieldId} className="label">
          New note
        </label>
        <textarea id={fieldId} aria-describedby={hintId} className="input min-h-24" maxLength={NOTE_MAX_LENGTH} value={text} onChange={(event) => setText(event.target.value)} />
        <p id={hintId} className="text-xs text-slate-600">
          Only you can read your notes. They are stored encrypted.
        </p>
        <button type="submit" className="btn-primary" disabled={add.isPending || !text.trim()}>
          Add note
        </button>
      </form>
      {add.isError ? <Alert>{messageOf(add.error)}</Alert> : null}
      {remove.isError ? <Alert>{messageOf(remove.error)}</Alert> : null}
      {notes.isError ? <Alert>{messageOf(notes.error)}</Alert> : null}
      {notes.data && notes.data.length === 0 ? <p className="text-sm text-slate-600">No notes yet.</p> : null}
      <ul className="space-y-2" aria-label="Notes">
        {notes.data?.map((note) => (
          <li key={note.id} className="rounded-xl border border-slate-200 p-3">
            <p className="whitespace-pre-wrap text-sm text-slate-800">{note.text}</p>
            <div className="mt-2 flex items-center justify-between gap-2">
              <time dateTime={note.createdAt.toISOString()} className="text-xs text-slate-600">
                {when.format(note.createdAt)}
              </time>
              <button type="button" className="btn-secondary min-h-9 px-3 py-1" disabled={remove.isPending} onClick={() => remove.mutate({ clientId, noteId: note.id })} aria-label={`Delete note from ${when.format(note.createdAt)}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
