"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerInbox, TTrainerInsight, TTrainerInsightActionResult } from "@/server/trainer-inbox/trainer-insight-schemas";
import { InsightItem, sentWords } from "./insight-item";

type Done = { clientId: string; clientName: string; action: TTrainerInsightActionResult["action"]; replayed: boolean; title: string };

/**
 * The exception inbox: open items across all clients, most important first. A sent or dismissed item
 * leaves the list at once (and stays handled on the server); a status line says what happened, with a
 * link to the conversation after a send, and takes the focus so keyboard users are not lost.
 */
export function TrainerInbox({ initial }: { initial: TTrainerInbox }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusRef = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<Done | null>(null);
  // The server page's answer counts as fresh for a minute (no second, audited read on mount); a send,
  // dismissal or decision anywhere invalidates these queries, so a cached copy never outlives an action.
  const inbox = useQuery({ ...trpc.trainerInsights.inbox.queryOptions(), initialData: initial, staleTime: 60_000 });
  const items = inbox.data?.items ?? [];

  function handled(item: TTrainerInsight, result: TTrainerInsightActionResult) {
    queryClient.setQueryData(trpc.trainerInsights.inbox.queryKey(), (current) => (current ? { ...current, items: current.items.filter((candidate) => candidate.id !== item.id) } : current));
    setDone({ clientId: item.clientId, clientName: item.clientName, action: result.action, replayed: result.replayed, title: item.title });
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  const clients = new Set(items.map((item) => item.clientId)).size;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {items.length === 0
          ? `Nothing needs you right now across your ${inbox.data?.clientCount ?? 0} ${inbox.data?.clientCount === 1 ? "client" : "clients"}.`
          : `${items.length} open ${items.length === 1 ? "item" : "items"} for ${clients} ${clients === 1 ? "client" : "clients"}, most important first.`}
      </p>
      <div ref={statusRef} tabIndex={-1} className="focus:outline-none" aria-live="polite">
        {done ? (
          <Alert tone="success">
            {done.action === "sent" ? (
              <>
                {sentWords(done, done.clientName)}{" "}
                <Link href={`/trainer/messages/${done.clientId}`} className="font-semibold underline">
                  Open the conversation
                </Link>
              </>
            ) : (
              <>Dismissed “{done.title}” for {done.clientName}. It will not come back unless something new comes up.</>
            )}
          </Alert>
        ) : null}
      </div>
      {inbox.isError ? <Alert>{messageOf(inbox.error)}</Alert> : null}
      {items.length === 0 ? (
        <div className="card space-y-2">
          <h2 className="font-semibold">Inbox zero</h2>
          <p className="text-sm text-slate-700">
            Drops in consistency, red readiness, wellbeing flags (where clients share them), training load spikes, plateaus and personal records appear here as your clients log.
          </p>
          <Link href="/trainer/clients" className="btn-secondary">
            See all clients
          </Link>
        </div>
      ) : (
        <ul className="space-y-4" aria-label="Inbox items">
          {items.map((item) => (
            <li key={item.id}>
              <InsightItem item={item} showClient onHandled={handled} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
