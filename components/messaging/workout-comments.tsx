"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { COMMENT_MAX_LENGTH } from "@/lib/schemas/messaging";
import { messageOf, useTRPC } from "@/lib/trpc/react";

/**
 * Comments on one logged workout: the trainer's notes and the member's replies, oldest first, with a
 * box to add one. Used on the member's workout page and on the trainer's client detail page.
 */
export function WorkoutComments({ sessionId, viewer }: { sessionId: string; viewer: "trainer" | "member" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const comments = useQuery(trpc.workoutComments.list.queryOptions({ sessionId }));
  const [draft, setDraft] = useState("");
  // The id of the text last posted and not yet confirmed: a retry of that same text reuses it (stored
  // once); edited text gets a new id, or a post that reached the server would replay the old text.
  const pending = useRef<{ text: string; id: string } | null>(null);
  const fieldId = useId();
  const add = useMutation(
    trpc.workoutComments.add.mutationOptions({
      onSuccess: (_comment, sent) => {
        if (pending.current?.id === sent.clientCommentId) pending.current = null;
        // Text typed while the post was on its way stays; only the posted text is cleared.
        setDraft((current) => (current.trim() === sent.text ? "" : current));
        void queryClient.invalidateQueries({ queryKey: trpc.workoutComments.list.queryKey({ sessionId }) });
      },
    }),
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text || add.isPending) return;
    if (pending.current?.text !== text) pending.current = { text, id: crypto.randomUUID() };
    add.mutate({ sessionId, text, clientCommentId: pending.current.id });
  }

  const rows = comments.data ?? [];
  return (
    <section className="card space-y-3" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="font-semibold">
        Comments
      </h2>
      {comments.error ? <Alert>{messageOf(comments.error)}</Alert> : null}
      {comments.isPending ? <p className="text-sm text-slate-600">Loading comments…</p> : null}
      {!comments.isPending && rows.length === 0 ? (
        <p className="text-sm text-slate-600">{viewer === "trainer" ? "No comments yet. Tell your client how it went." : "No comments from your trainer yet."}</p>
      ) : null}
      <ol className="space-y-2" aria-label="Workout comments">
        {rows.map((comment) => (
          <li key={comment.id} className={`rounded-xl px-3 py-2 ${comment.authorRole === "trainer" ? "bg-brand-50" : "bg-slate-100"}`}>
            <p className="text-xs font-semibold text-slate-600">
              {comment.mine ? "You" : comment.authorName}
              {comment.authorRole === "trainer" && viewer === "member" && !comment.mine ? " (your trainer)" : ""} ·{" "}
              <time dateTime={comment.createdAt.toISOString()}>{comment.createdAt.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })}</time>
            </p>
            <p className="whitespace-pre-wrap break-words text-slate-900">{comment.text}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="space-y-2">
        <label className="label" htmlFor={fieldId}>
          {viewer === "trainer" ? "Add a comment" : "Reply"}
        </label>
        <textarea id={fieldId} className="input" rows={2} maxLength={COMMENT_MAX_LENGTH} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="btn-primary" disabled={add.isPending || draft.trim().length === 0}>
          {add.isPending ? "Posting…" : viewer === "trainer" ? "Post comment" : "Post reply"}
        </button>
        {add.error ? <Alert>{messageOf(add.error)}</Alert> : null}
      </form>
    </section>
  );
}
