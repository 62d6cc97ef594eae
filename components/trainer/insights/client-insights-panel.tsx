"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { TTrainerClientInsights, TTrainerInsight, TTrainerInsightActionResult } from "@/server/trainer-inbox/trainer-insight-schemas";
import { InsightItem, sentWords } from "./insight-item";
import { LocalTime } from "./local-time";

/**
 * A client's insights on their page: every finding the trainer may see (Mind-derived ones within the
 * client's current consent), open ones with a drafted message, handled ones marked. `initial` is the
 * server's read (null when it failed: the panel asks again itself).
 */
export function ClientInsightsPanel({ clientId, clientName, initial }: { clientId: string; clientName: string; initial: TTrainerClientInsights | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The server page's answer counts as fresh for a minute (no second, audited read on mount); a send,
  // dismissal or decision anywhere invalidates these queries, so a cached copy never outlives an action.
  const query = useQuery({ ...trpc.trainerInsights.clientInsights.queryOptions({ clientId }), initialData: initial ?? undefined, staleTime: 60_000 });
  const data = query.data;
  const [sentNote, setSentNote] = useState<string | null>(null);

  function handled(item: TTrainerInsight, result: TTrainerInsightActionResult) {
    const at = new Date();
    setSentNote(result.action === "sent" ? sentWords(result, clientName) : null);
    queryClient.setQueryData(trpc.trainerInsights.clientInsights.queryKey({ clientId }), (current) =>
      current ? { ...current, insights: current.insights.map((candidate) => (candidate.id === item.id ? { ...candidate, handled: { action: result.action, at } } : candidate)) } : current,
    );
  }

  return (
    <section className="card space-y-4" aria-labelledby="client-insights-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="client-insights-heading" className="text-lg font-semibold">
          Insights
        </h2>
        {data?.computedAt ? (
          <p className="text-xs text-slate-600">
            Updated <LocalTime at={data.computedAt} />
          </p>
        ) : null}
      </div>
      <div aria-live="polite">{sentNote ? <Alert tone="success">{sentNote}</Alert> : null}</div>
      {query.isError ? <Alert>{messageOf(query.error)}</Alert> : null}
      {query.isPending ? <p className="text-sm text-slate-600">Loading insights…</p> : null}
      {data && data.insights.length === 0 ? (
        <p className="text-sm text-slate-600">No insights for {clientName} yet. They appear as {clientName} logs training, habits, food and check-ins.</p>
      ) : null}
      {data && data.insights.length > 0 ? (
        <ul className="space-y-4" aria-label={`Insights for ${clientName}`}>
          {data.insights.map((item) => (
            <li key={item.id}>
              <InsightItem item={item} showClient={false} onHandled={handled} />
            </li>
          ))}
        </ul>
      ) : null}
      {data ? (
        <p className="border-t border-slate-100 pt-3 text-xs text-slate-600">
          {data.sharing === "none"
            ? `Wellbeing and readiness insights appear only if ${clientName} shares check-in trends with you.`
            : `${clientName} shares check-in ${data.sharing} with you, so wellbeing-based insights are included; viewing them shows in their access log.`}{" "}
          Open items from all clients are in your <Link href="/trainer/inbox" className="font-semibold text-brand-700 underline">inbox</Link>.
        </p>
      ) : null}
    </section>
  );
}
