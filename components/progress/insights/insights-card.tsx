"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, useTransition } from "react";
import { refreshMyInsightsAction } from "@/app/(member)/progress/actions";
import { Alert } from "@/components/ui/alert";
import { insightKindLabels, type InsightTone, type TInsightView } from "@/lib/schemas/insights";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { EvidenceTable } from "./evidence-table";

const POLL_MS = 1500;
/** After this long without a new result the card stops waiting (the job retries on its own). */
const GIVE_UP_MS = 90_000;

const toneStyles: Record<InsightTone, { box: string; badge: string; label: string }> = {
  info: { box: "border-sky-200", badge: "bg-sky-100 text-sky-900", label: "Worth knowing" },
  positive: { box: "border-emerald-200", badge: "bg-emerald-100 text-emerald-900", label: "Well done" },
  caution: { box: "border-amber-300", badge: "bg-amber-100 text-amber-900", label: "Soft flag" },
  action: { box: "border-indigo-200", badge: "bg-indigo-100 text-indigo-900", label: "Suggested change" },
};

const readinessWords = { green: "Green", amber: "Amber", red: "Red" } as const;

function InsightItem({ insight, index, weightUnit }: { insight: TInsightView; index: number; weightUnit: WeightUnit }) {
  const tone = toneStyles[insight.tone];
  const headingId = `insight-${index}-${insight.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <li>
      <article className={`space-y-2 rounded-xl border bg-white p-4 ${tone.box}`} aria-labelledby={headingId} data-insight-kind={insight.kind}>
        <p className="flex flex-wrap items-center gap-2 text-xs">
          <span className={`rounded-full px-2 py-0.5 font-medium ${tone.badge}`}>{tone.label}</span>
          <span className="text-slate-600">{insightKindLabels[insight.kind]}</span>
          {insight.readiness ? <span className="font-medium text-slate-800">Readiness: {readinessWords[insight.readiness]}</span> : null}
        </p>
        <h3 id={headingId} className="font-semibold">
          {insight.title}
        </h3>
        <p className="text-sm text-slate-700">{insight.body}</p>
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-indigo-700">Show the numbers</summary>
          <div className="mt-2">
            <EvidenceTable evidence={insight.evidence} weightUnit={weightUnit} caption={`The numbers behind: ${insight.title}`} />
            {insight.wordedBy === "llm" ? <p className="mt-1 text-xs text-slate-600">Reworded by an AI assistant; the numbers come from your data and were checked.</p> : null}
          </div>
        </details>
      </article>
    </li>
  );
}

/**
 * The member's coaching insights at the top of /progress: each finding with its wording in their coach
 * persona and the numbers behind it, and "Refresh my insights", which queues a recompute (a server
 * action that returns at once) and polls until the new result is stored.
 */
export function InsightsCard({ weightUnit }: { weightUnit: WeightUnit }) {
  const trpc = useTRPC();
  // The result version the refresh started from (0: never computed); undefined: not refreshing.
  const [waitingFrom, setWaitingFrom] = useState<{ version: number } | undefined>(undefined);
  const [message, setMessage] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const [starting, startTransition] = useTransition();
  const mine = useQuery({ ...trpc.insights.mine.queryOptions(), refetchInterval: waitingFrom ? POLL_MS : false });
  const data = mine.data;

  // Done when a newer result is stored (each run raises `version`).
  useEffect(() => {
    if (!waitingFrom || !data) return;
    if (data.version > waitingFrom.version && !data.pending) {
      setWaitingFrom(undefined);
      setMessage({ tone: "success", text: "Your insights are up to date." });
    }
  }, [data, waitingFrom]);
  // Given up on a timer, not on a new answer: polls that keep returning the same result change nothing
  // React can see, and a job waiting to retry may take minutes.
  useEffect(() => {
    if (!waitingFrom) return;
    const timer = window.setTimeout(() => {
      setWaitingFrom(undefined);
      setMessage({ tone: "info", text: "This is taking longer than usual. Your insights will update on their own shortly." });
    }, GIVE_UP_MS);
    return () => window.clearTimeout(timer);
  }, [waitingFrom]);

  const refresh = () => {
    setMessage(null);
    const from = { version: data?.version ?? 0 };
    startTransition(async () => {
      const result = await refreshMyInsightsAction();
      if (result.ok) {
        setWaitingFrom(from);
        await mine.refetch();
      } else setMessage({ tone: "error", text: result.error });
    });
  };
  const busy = starting || waitingFrom !== undefined;

  return (
    <section className="card space-y-3" aria-labelledby="insights-heading" aria-busy={busy}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="insights-heading" className="text-lg font-semibold">
          Your insights
        </h2>
        <button type="button" className="btn btn-secondary" onClick={refresh} disabled={busy}>
          {busy ? "Refreshing…" : "Refresh my insights"}
        </button>
      </div>
      <div aria-live="polite" className="space-y-2">
        {busy ? <p className="text-sm text-slate-600">Working out your insights from your latest data…</p> : null}
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      {mine.isError ? <Alert>{messageOf(mine.error)}</Alert> : null}
      {mine.isPending ? (
        <p className="text-sm text-slate-600">Loading your insights…</p>
      ) : data && data.insights.length > 0 ? (
        <>
          <ul className="space-y-3" aria-label="Insights">
            {data.insights.map((insight, index) => (
              <InsightItem key={`${insight.key}-${index}`} insight={insight} index={index} weightUnit={weightUnit} />
            ))}
          </ul>
          {data.computedAt ? <p className="text-xs text-slate-600">Updated {new Date(data.computedAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}.</p> : null}
        </>
      ) : data?.computedAt ? (
        <p className="text-sm text-slate-600">
          Nothing stands out right now. Keep logging: plateaus, training load, consistency, readiness and nutrition are checked after every change and each night.
        </p>
      ) : (
        <p className="text-sm text-slate-600">No insights yet. They appear once you have logged some workouts, meals, weigh-ins or check-ins; tap &ldquo;Refresh my insights&rdquo; to work them out now.</p>
      )}
      <p className="text-xs text-slate-600">Insights are coaching suggestions drawn from your own logs, not medical advice.</p>
    </section>
  );
}
