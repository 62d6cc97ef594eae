"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { WeightForm } from "@/components/eat/weight/weight-form";
import { Alert } from "@/components/ui/alert";
import { formatDayKey } from "@/lib/dates/day-key";
import type { ProgressRange } from "@/lib/schemas/progress";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { formatWeight, weightFromKg, type WeightUnit } from "@/lib/units";
import { BodyLineChart, bodyDayFormat } from "./body-line-chart";
import type { BodyWrites } from "./use-body-writes";

const BRAND = "#23765a";
const POINT = "#64748b";

/**
 * Weigh-ins over the range as dots, with the trailing 7-day average as a line, and a form to log one.
 * A weigh-in goes through the offline outbox (as on Eat › Weight): it is listed at once as waiting and
 * the chart is read again when the server has it.
 */
export function BodyWeightPanel({ range, weightUnit, writes }: { range: ProgressRange; weightUnit: WeightUnit; writes: BodyWrites }) {
  const trpc = useTRPC();
  // The previous range's data stays while the next one loads: no flicker, and the form keeps today's day.
  const weight = useQuery({ ...trpc.body.weight.queryOptions({ range }), placeholderData: keepPreviousData });
  const [saved, setSaved] = useState(false);
  const waiting = [...writes.pendingWeights].sort(([a], [b]) => a.localeCompare(b));
  function log(dayKey: string, kg: number): Promise<boolean> {
    setSaved(false);
    return writes.logWeight(dayKey, kg).then((stored) => {
      setSaved(stored);
      return stored;
    });
  }
  const view = weight.data;
  const entries = view?.entries ?? [];
  const latest = entries.at(-1);
  const dayLabel = view ? bodyDayFormat(range, view.fromDayKey, view.todayKey) : (dayKey: string) => formatDayKey(dayKey);

  return (
    <section className="space-y-3" aria-labelledby="body-weight-heading">
      <h3 id="body-weight-heading" className="text-base font-semibold">
        Weight
      </h3>
      {weight.isError ? <Alert>{messageOf(weight.error)}</Alert> : null}
      {weight.isPending ? <p className="text-sm text-slate-600">Loading your weigh-ins…</p> : null}
      {view && latest ? (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Latest</dt>
          <dd>
            {formatWeight(latest.kg, weightUnit)} on {dayLabel(latest.dayKey)}
          </dd>
          <dt className="text-slate-600">7-day average</dt>
          <dd>{formatWeight(latest.avg7Kg, weightUnit)}</dd>
          <dt className="text-slate-600">Change in this period</dt>
          <dd>{view.changeKg === null ? "Two weigh-ins show the change" : `${view.changeKg > 0 ? "+" : view.changeKg < 0 ? "−" : "±"}${formatWeight(Math.abs(view.changeKg), weightUnit)}`}</dd>
        </dl>
      ) : view ? (
        <p className="text-sm text-slate-600">No weigh-ins in this period yet.</p>
      ) : null}
      {entries.length > 0 ? (
        <>
          <BodyLineChart
            tall
            testId="body-weight-chart"
            labels={entries.map((entry) => dayLabel(entry.dayKey))}
            summary={`Weight from ${dayLabel(entries[0].dayKey)} to ${dayLabel(latest!.dayKey)}: ${entries.length} weigh-ins, 7-day average ${weightFromKg(entries[0].avg7Kg, weightUnit)} to ${weightFromKg(latest!.avg7Kg, weightUnit)} ${weightUnit}. The table below lists every weigh-in.`}
            series={[
              { label: `Weigh-in (${weightUnit})`, values: entries.map((entry) => weightFromKg(entry.kg, weightUnit)), color: POINT, dots: true },
              { label: `7-day average (${weightUnit})`, values: entries.map((entry) => weightFromKg(entry.avg7Kg, weightUnit)), color: BRAND },
            ]}
          />
          <p className="text-xs text-slate-600">Dots are weigh-ins; the line is the average of the last 7 days, which evens out swings from water and food.</p>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Weigh-ins as a table</summary>
            <table className="mt-2 w-full text-sm">
              <caption className="sr-only">Weigh-ins and their 7-day average, newest first</caption>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="py-1 font-medium">
                    Day
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Weight
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    7-day average
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {[...entries].reverse().map((entry) => (
                  <tr key={entry.dayKey}>
                    <th scope="row" className="py-1 text-left font-normal">
                      {formatDayKey(entry.dayKey, { day: "numeric", month: "short", year: "numeric" })}
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatWeight(entry.kg, weightUnit)}</td>
                    <td className="py-1 text-right tabular-nums text-slate-600">{formatWeight(entry.avg7Kg, weightUnit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : null}
      <h4 className="pt-2 text-sm font-semibold">Log a weigh-in</h4>
      {waiting.length > 0 ? (
        <ul className="space-y-1 text-sm" aria-label="Weigh-ins not sent yet">
          {waiting.map(([dayKey, kg]) => (
            <li key={dayKey}>
              {formatWeight(kg, weightUnit)} on {formatDayKey(dayKey)} <span className="text-slate-600">· saved on this phone, waiting to send</span>
            </li>
          ))}
        </ul>
      ) : null}
      {saved ? <Alert tone="success">Weigh-in saved.</Alert> : null}
      <WeightForm unit={weightUnit} todayKey={view?.todayKey ?? null} onLog={log} />
      <p className="text-xs text-slate-600">
        One weigh-in per day counts. To delete one, use{" "}
        <Link href="/eat/weight" className="font-medium text-brand-700 underline">
          Eat › Weight
        </Link>
        .
      </p>
    </section>
  );
}
