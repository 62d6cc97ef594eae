"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerInsight, TTrainerInsightActionResult } from "@/server/trainer-inbox/trainer-insight-schemas";
import { LocalTime } from "./local-time";

const TEXT_MAX = 2000;

const toneBadge: Record<TTrainerInsight["tone"], string> = {
  info: "bg-slate-100 text-slate-800",
  positive: "bg-emerald-100 text-emerald-900",
  caution: "bg-amber-100 text-amber-900",
  action: "bg-sky-100 text-sky-900",
};

const readinessBadge: Record<NonNullable<TTrainerInsight["readiness"]>, string> = {
  green: "bg-emerald-100 text-emerald-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
};

/** The numbers behind an insight, as a table (hidden until asked for). */
export function InsightNumbers({ item }: { item: TTrainerInsight }) {
  if (item.evidence.length === 0) return null;
  return (
    <details className="rounded-xl border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">Show the numbers</summary>
      <table className="mt-2 w-full text-sm">
        <caption className="sr-only">The numbers behind “{item.title}” for {item.clientName}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">
              Measure
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {item.evidence.map((evidence, index) => (
            <tr key={`${evidence.label}-${index}`} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {evidence.label}
              </th>
              <td className="py-1 text-right tabular-nums">{evidence.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** What the trainer is told after a send: a replayed send delivered nothing new. */
export function sentWords(result: Pick<TTrainerInsightActionResult, "replayed">, clientName: string): string {
  return result.replayed ? `This was already sent earlier to ${clientName}.` : `Message sent to ${clientName}.`;
}

/**
 * One insight for the trainer: kind, neutral title and summary, the numbers on request, and (while it is
 * open) the drafted message to edit and send, or dismiss. `onHandled` hears of a send or dismissal (for
 * the caller's own list, at once); both the inbox and this client's insights are then read again, so
 * neither shows the item open after it was handled on the other.
 */
export function InsightItem({
  item,
  showClient,
  onHandled,
}: {
  item: TTrainerInsight;
  showClient: boolean;
  onHandled: (item: TTrainerInsight, result: TTrainerInsightActionResult) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clientNameId = useId();
  const titleId = useId();
  const fieldId = useId();
  const hintId = useId();
  const [text, setText] = useState(item.draft);
  const firstName = item.clientName.split(/\s+/)[0];
  function afterAction(result: TTrainerInsightActionResult) {
    onHandled(item, result);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.trainerInsights.inbox.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.trainerInsights.clientInsights.queryKey({ clientId: item.clientId }) }),
    ]);
  }
  const send = useMutation(trpc.trainerInsights.send.mutationOptions({ onSuccess: afterAction }));
  const dismiss = useMutation(trpc.trainerInsights.dismiss.mutationOptions({ onSuccess: afterAction }));
  const busy = send.isPending || dismiss.isPending;
  const trimmed = text.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (trimmed && trimmed.length <= TEXT_MAX) send.mutate({ clientId: item.clientId, key: item.key, text: trimmed });
  }

  return (
    <article className="card space-y-3" aria-labelledby={showClient ? `${clientNameId} ${titleId}` : titleId}>
      <div className="flex flex-wrap items-center gap-2 text-xs font-semibold">
        <span className={`rounded-full px-2 py-0.5 ${toneBadge[item.tone]}`}>{item.kindLabel}</span>
        {item.readiness ? <span className={`rounded-full px-2 py-0.5 ${readinessBadge[item.readiness]}`}>Readiness {item.readiness}</span> : null}
        {item.fromMind ? <span className="rounded-full bg-violet-100 px-2 py-0.5 text-violet-900">Shared wellbeing data</span> : null}
        <span className="font-normal text-slate-600">
          Computed <LocalTime at={item.computedAt} />
        </span>
      </div>
      <div>
        {showClient ? (
          <p id={clientNameId} className="text-sm font-semibold">
            <Link href={`/trainer/clients/${item.clientId}`} className="text-brand-700 underline-offset-2 hover:underline">
              {item.clientName}
            </Link>
          </p>
        ) : null}
        <h3 id={titleId} className="text-lg font-semibold">
          {item.title}
        </h3>
        <p className="text-sm text-slate-700">{item.summary}</p>
      </div>
      <InsightNumbers item={item} />
      {item.handled ? (
        <p className="text-sm text-slate-600">
          {item.handled.action === "sent" ? "You sent a message about this" : "You dismissed this"} on <LocalTime at={item.handled.at} />.
        </p>
      ) : (
        <form onSubmit={submit} className="space-y-2">
          <label htmlFor={fieldId} className="label">
            Message to {firstName}
          </label>
          <textarea
            id={fieldId}
            aria-describedby={hintId}
            className="input min-h-36"
            maxLength={TEXT_MAX}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={hintId} className="text-xs text-slate-600">
            A draft from the numbers above. Edit it as you like; it is sent to {firstName} in your conversation.
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary" disabled={busy || !trimmed}>
              {send.isPending ? "Sending…" : "Send message"}
            </button>
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => dismiss.mutate({ clientId: item.clientId, key: item.key })}>
              Dismiss
            </button>
          </div>
          {send.isError ? <Alert>{messageOf(send.error)}</Alert> : null}
          {dismiss.isError ? <Alert>{messageOf(dismiss.error)}</Alert> : null}
        </form>
      )}
    </article>
  );
}
