"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { MESSAGE_MAX_LENGTH } from "@/lib/schemas/messaging";
import { messageOf, useTRPC } from "@/lib/trpc/react";

// Refetching the open conversation (every reload is an audited read, so not too often).
const POLL_MS = 15_000;

const timeOf = (date: Date) => date.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/**
 * One conversation: oldest at the top, newest at the bottom, "Load earlier" for older pages, a send box
 * and "Seen" under the newest of my messages the other side has read. `clientId` for the trainer;
 * members leave it out (their trainer is the other side). Opening it marks it read.
 */
export function MessageThread({ clientId, otherName, compact = false }: { clientId?: string; otherName: string; compact?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useMemo(() => (clientId ? { clientId } : {}), [clientId]);
  const thread = useInfiniteQuery(
    trpc.messages.thread.infiniteQueryOptions(input, {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      refetchInterval: POLL_MS,
      refetchOnWindowFocus: true,
    }),
  );
  const [draft, setDraft] = useState("");
  // The id of the text last sent and not yet confirmed: sending that same text again (a retry) reuses
  // it, so the server stores the message once. Any other text gets a new id — otherwise a send that
  // failed on the way back but reached the server would make the edited retry a replay of the old text.
  const pending = useRef<{ text: string; id: string } | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const markedUpTo = useRef<string | null>(null);

  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.messages.pathKey() })]);
  const markRead = useMutation(trpc.messages.markRead.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.messages.unreadCount.queryKey() }) }));
  const send = useMutation(
    trpc.messages.send.mutationOptions({
      onSuccess: (_message, sent) => {
        if (pending.current?.id === sent.clientMessageId) pending.current = null;
        // Text typed while the send was on its way stays; only the sent text is cleared.
        setDraft((current) => (current.trim() === sent.text ? "" : current));
        void refresh();
      },
    }),
  );

  // Oldest first on screen; pages arrive newest first.
  const messages = useMemo(() => (thread.data?.pages ?? []).flatMap((page) => page.messages).slice().reverse(), [thread.data]);
  const newest = messages.at(-1);
  const lastSeenMine = [...messages].reverse().find((message) => message.mine && message.readByOther)?.id;

  useEffect(() => {
    if (!newest) return;
    bottom.current?.scrollIntoView?.({ block: "end" });
    // Something new from the other side: mark the conversation read (once per newest message).
    if (!newest.mine && markedUpTo.current !== newest.id) {
      markedUpTo.current = newest.id;
      markRead.mutate(input);
    }
    // Only when the newest message changes (not on every refetch of the same page).
  }, [newest?.id]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text || send.isPending) return;
    if (pending.current?.text !== text) pending.current = { text, id: crypto.randomUUID() };
    send.mutate({ ...input, text, clientMessageId: pending.current.id });
  }

  return (
    <section aria-label={`Conversation with ${otherName}`} className="flex flex-col gap-3">
      {thread.error ? <Alert>{messageOf(thread.error)}</Alert> : null}
      {thread.hasNextPage ? (
        <button type="button" className="btn-secondary self-center" onClick={() => thread.fetchNextPage()} disabled={thread.isFetchingNextPage}>
          {thread.isFetchingNextPage ? "Loading…" : "Load earlier"}
        </button>
      ) : null}
      {thread.isPending ? <p className="text-sm text-slate-600">Loading messages…</p> : null}
      {!thread.isPending && messages.length === 0 ? <p className="text-sm text-slate-600">No messages yet. Say hello to {otherName}.</p> : null}
      <ol aria-label="Messages" className={`flex flex-col gap-2 ${compact ? "" : "min-h-[40vh]"}`}>
        {messages.map((message) => (
          <li key={message.id} className={`flex flex-col ${message.mine ? "items-end" : "items-start"}`}>
            <p className={`max-w-[85%] whitespace-pre-wrap break-words rounded-2xl px-4 py-2 ${message.mine ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-900"}`}>
              <span className="sr-only">{message.mine ? "You" : otherName}: </span>
              {message.text}
            </p>
            <span className="mt-0.5 text-xs text-slate-500">
              <time dateTime={message.createdAt.toISOString()}>{timeOf(message.createdAt)}</time>
              {message.id === lastSeenMine ? " · Seen" : ""}
            </span>
          </li>
        ))}
      </ol>
      <div ref={bottom} />
      <form onSubmit={submit} className="sticky bottom-24 flex items-end gap-2 bg-white/95 py-2 md:bottom-0" aria-label="Send a message">
        <label className="sr-only" htmlFor="message-draft">
          Message
        </label>
        <textarea
          id="message-draft"
          className="input min-h-11 flex-1 resize-none"
          rows={2}
          maxLength={MESSAGE_MAX_LENGTH}
          value={draft}
          placeholder={`Message ${otherName}`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Not while an input method is composing (Enter there picks the characters); Safari reports
            // that Enter with keyCode 229 rather than isComposing.
            const composing = event.nativeEvent.isComposing || event.keyCode === 229;
            if (event.key === "Enter" && !event.shiftKey && !composing && !compact) submit(event);
          }}
        />
        <button type="submit" className="btn-primary" disabled={send.isPending || draft.trim().length === 0}>
          {send.isPending ? "Sending…" : "Send"}
        </button>
      </form>
      {send.error ? <Alert>{messageOf(send.error)} Your message is kept; tap Send to try again.</Alert> : null}
    </section>
  );
}
