"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BackHeading } from "@/components/ui/back-heading";
import { formatDayKey, weeklyChangeWords } from "@/components/eat/targets/targets-format";
import { SyncStatusAfterChange } from "@/components/train/logger/sync-status";
import { useCurrentDayKey } from "@/components/habits/use-current-day-key";
import { Alert } from "@/components/ui/alert";
import { PeriodButtons } from "@/components/ui/period-buttons";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import type { TWeightHistoryView } from "@/lib/schemas/nutrition";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { formatWeight, type WeightUnit } from "@/lib/units";
import { WeightChart } from "./weight-chart";
import { WeightForm } from "./weight-form";
import { useWeightWrites } from "./use-weight-writes";

const ranges = [30, 90, 365] as const;
type Range = (typeof ranges)[number];
const INITIAL_RANGE: Range = 90;

/** /eat/weight: log a weigh-in, see them with the smoothed trend over 30, 90 or 365 days, delete one. */
export function WeightScreen({ userId, unit, timeZone, initial }: { userId: string; unit: WeightUnit; timeZone: string; initial: TWeightHistoryView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [range, setRange] = useState<Range>(INITIAL_RANGE);
  const [removing, setRemoving] = useState<string | null>(null);
  const history = useQuery({ ...trpc.bodyWeight.history.queryOptions({ days: range }), initialData: range === INITIAL_RANGE ? initial : undefined, placeholderData: keepPreviousData });
  const todayKey = useCurrentDayKey(timeZone);
  const writes = useWeightWrites(userId);
  const remove = useMutation(
    trpc.bodyWeight.remove.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        await queryClient.invalidateQueries({ queryKey: trpc.bodyWeight.history.queryKey() });
      },
    }),
  );
  const view = history.data ?? initial;
  const saved = view.entries.filter((entry) => !writes.pending.has(entry.dayKey));
  const rows = [...saved.map((entry) => ({ ...entry, pending: false })), ...[...writes.pending].map(([dayKey, kg]) => ({ dayKey, kg, trendKg: null, pending: true }))].sort((a, b) =>
    b.dayKey.localeCompare(a.dayKey),
  );

  return (
    <div className="space-y-5">
      <BackHeading href="/eat" section="Eat" title="Weight" />
      <SyncStatusAfterChange outbox={writes.outbox} />

      <section className="card space-y-3" aria-labelledby="log-weight-heading">
        <h2 id="log-weight-heading" className="text-lg font-semibold">
          Log a weigh-in
        </h2>
        <p className="text-sm text-slate-600">Weigh yourself at the same time of day, ideally in the morning. One weigh-in per day counts: a new one replaces that day&apos;s.</p>
        <WeightForm unit={unit} todayKey={todayKey} onLog={writes.log} />
      </section>

      <section className="card space-y-3" aria-labelledby="weight-summary-heading">
        <h2 id="weight-summary-heading" className="text-lg font-semibold">
          Your trend
        </h2>
        {view.latest ? (
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Latest</dt>
            <dd>
              {formatWeight(view.latest.kg, unit)} on {formatDayKey(view.latest.dayKey)}
            </dd>
            <dt className="text-slate-600">Trend</dt>
            <dd>{formatWeight(view.latest.trendKg, unit)}</dd>
            <dt className="text-slate-600">Weekly change</dt>
            <dd>{view.weeklyChangeKg === null ? "A week of weigh-ins shows the weekly change" : weeklyChangeWords(view.weeklyChangeKg, unit)}</dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-600">No weigh-ins in this period yet.</p>
        )}
        <PeriodButtons periods={ranges} value={range} onChange={setRange} />
        {history.isError ? <Alert>{messageOf(history.error)}</Alert> : null}
        <WeightChart entries={view.entries} unit={unit} />
        <p className="text-xs text-slate-600">Dots are weigh-ins; the line is the smoothed trend, which evens out day-to-day swings from water and food.</p>
      </section>

      <section className="card space-y-3" aria-labelledby="weigh-ins-heading">
        <h2 id="weigh-ins-heading" className="text-lg font-semibold">
          Weigh-ins
        </h2>
        {remove.error && !removing ? <Alert>{messageOf(remove.error)}</Alert> : null}
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">Your weigh-ins will be listed here.</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Weigh-ins, newest first, over the last {range} days</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 font-medium">
                  Day
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Weight
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Trend
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.dayKey}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    {formatDayKey(row.dayKey)}
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{formatWeight(row.kg, unit)}</td>
                  <td className="py-1.5 text-right tabular-nums text-slate-600">{row.pending ? "Pending" : formatWeight(row.trendKg!, unit)}</td>
                  <td className="py-1.5 text-right">
                    {row.pending ? null : removing === row.dayKey ? (
                      <ConfirmPanel
                        label={`Delete the weigh-in of ${formatDayKey(row.dayKey)}`}
                        error={remove.error}
                        pending={remove.isPending}
                        confirm={["Delete", "Deleting…"]}
                        onConfirm={() => remove.mutate({ dayKey: row.dayKey })}
                        onCancel={() => setRemoving(null)}
                      >
                        Delete {formatWeight(row.kg, unit)} on {formatDayKey(row.dayKey)}?
                      </ConfirmPanel>
                    ) : (
                      <button
                        type="button"
                        className="rounded-lg px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
                        aria-label={`Delete the weigh-in of ${formatDayKey(row.dayKey)}`}
                        onClick={() => {
                          remove.reset();
                          setRemoving(row.dayKey);
                        }}
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
