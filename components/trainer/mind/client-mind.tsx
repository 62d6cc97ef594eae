"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { TREND_MIN_CHECK_INS, type WellbeingTrend } from "@/lib/mind/wellbeing-trend";
import type { TTrainerMindOverview } from "@/lib/schemas/mind";
import { addDaysToKey } from "@/lib/dates/day-key";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { tagLabel } from "@/components/mind/check-in/check-in-table";
import { CheckInTrendChart } from "@/components/mind/check-in/check-in-trend-chart";

type Shared = Exclude<TTrainerMindOverview, { sharing: "none" }>;
type Averages = Shared["last7"];

/** The trend in words, as the roster's flag says it. */
export const trendWords: Record<WellbeingTrend, string> = {
  down: "Wellbeing trending down",
  up: "Wellbeing trending up",
  steady: "Wellbeing steady",
  not_enough_data: "Not enough check-ins for a trend yet",
};

const trendDetail: Record<WellbeingTrend, string> = {
  down: "Mood, energy and stress together are clearly worse over the last 7 days than the 7 before.",
  up: "Mood, energy and stress together are clearly better over the last 7 days than the 7 before.",
  steady: "No clear change between the last 7 days and the 7 before.",
  not_enough_data: `A trend needs at least ${TREND_MIN_CHECK_INS} check-ins in each of the last two weeks.`,
};

const trendTone: Record<WellbeingTrend, string> = {
  down: "border-amber-200 bg-amber-50 text-amber-900",
  up: "border-emerald-200 bg-emerald-50 text-emerald-900",
  steady: "border-slate-200 bg-slate-50 text-slate-800",
  not_enough_data: "border-slate-200 bg-slate-50 text-slate-800",
};

const average = (value: number | null) => (value === null ? "—" : value.toFixed(1));

function AveragesTable({ last7, previous7 }: { last7: Averages; previous7: Averages }) {
  const rows: { key: "mood" | "energy" | "stress"; label: string }[] = [
    { key: "mood", label: "Mood" },
    { key: "energy", label: "Energy" },
    { key: "stress", label: "Stress (lower is better)" },
  ];
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Average check-in scores from 1 to 5, the last 7 days against the 7 before</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="py-1 font-medium">
            Average (1–5)
          </th>
          <th scope="col" className="py-1 font-medium">
            Last 7 days
          </th>
          <th scope="col" className="py-1 font-medium">
            7 days before
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-100">
            <th scope="row" className="py-1 text-left font-normal">
              {row.label}
            </th>
            <td className="py-1 font-semibold">{average(last7[row.key])}</td>
            <td className="py-1">{average(previous7[row.key])}</td>
          </tr>
        ))}
        <tr className="border-t border-slate-100 text-slate-600">
          <th scope="row" className="py-1 text-left font-normal">
            Check-ins
          </th>
          <td className="py-1">{last7.checkIns}</td>
          <td className="py-1">{previous7.checkIns}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** How often each tag came up in the shared days, most frequent first. */
function tagCounts(checkIns: Extract<Shared, { sharing: "scores" }>["checkIns"]): string {
  const counts = new Map<string, number>();
  for (const checkIn of checkIns) for (const tag of checkIn.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag, count]) => `${tagLabel(tag)} (${count})`)
    .join(", ");
}

/**
 * The Wellbeing part of a client's page: exactly what the client's consent allows (the server decides
 * and strips the rest): nothing; the trend in words and the 7-day averages; or those with the last 14
 * days' scores as a chart and table. Never a note, a journal entry or a questionnaire. Every answer with
 * data is a read the client sees in their access log, so it is fetched once (server-side when it can)
 * and not again on focus.
 */
export function ClientMind({ clientId, clientName, initial }: { clientId: string; clientName: string; initial: TTrainerMindOverview | null }) {
  const trpc = useTRPC();
  // The page's own read is the one to show: a cached answer from an earlier visit may predate a change
  // of consent. Only when the page could not read it is it fetched here (and never kept afterwards).
  const overview = useQuery({
    ...trpc.trainerMind.overview.queryOptions({ clientId }),
    enabled: initial === null,
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

  const data = initial ?? overview.data;
  if (!data) return overview.isError ? <Alert>{messageOf(overview.error)}</Alert> : <p className="text-sm text-slate-600">Loading wellbeing…</p>;
  if (data.sharing === "none") return <p className="text-sm text-slate-700">{clientName} keeps their check-ins private.</p>;

  const tags = data.sharing === "scores" ? tagCounts(data.checkIns) : "";
  return (
    <div className="space-y-4" data-testid="client-mind">
      <div className={`rounded-xl border px-4 py-3 ${trendTone[data.trend]}`}>
        <p className="font-semibold">{trendWords[data.trend]}</p>
        <p className="text-sm">{trendDetail[data.trend]}</p>
      </div>
      <AveragesTable last7={data.last7} previous7={data.previous7} />
      {data.sharing === "scores" ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Last 14 days</h3>
          <CheckInTrendChart fromDayKey={addDaysToKey(data.todayKey, -13)} todayKey={data.todayKey} checkIns={data.checkIns} caption="Shared check-ins of the last 14 days, newest first" empty="No check-ins in the last 14 days." />
          <p className="text-sm text-slate-700">{tags ? `Tags: ${tags}` : "No tags in the last 14 days."}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{clientName} shares trends only, not daily scores.</p>
      )}
    </div>
  );
}
