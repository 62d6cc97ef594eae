"use client";

import dynamic from "next/dynamic";
import type { TDiaryWeekView } from "@/lib/schemas/nutrition";
import { WeekIntakeTable } from "./week-intake-table";

// chart.js is large and needs a canvas: loaded in the browser, after the diary itself.
const WeekChart = dynamic(() => import("./week-chart"), { ssr: false, loading: () => <div className="h-48 w-full animate-pulse rounded-xl bg-slate-100" /> });

const kcal = (value: number) => `${Math.round(value).toLocaleString("en-GB")} kcal`;

/** The last seven days: a chart of energy against each day's target, the average, and the same in a table. */
export function WeekCard({ week }: { week: TDiaryWeekView }) {
  const difference = week.average && week.targetAverage ? Math.round(week.average.energyKcal - week.targetAverage.energyKcal) : null;
  return (
    <section aria-labelledby="week-title" className="card space-y-3">
      <h2 id="week-title" className="text-lg font-semibold">
        This week
      </h2>
      <p className="text-sm text-slate-700" data-testid="week-summary">
        {week.average
          ? `Average ${kcal(week.average.energyKcal)} a day over ${week.loggedDays} logged ${week.loggedDays === 1 ? "day" : "days"}`
          : "Nothing logged in the last 7 days yet."}
        {week.average && week.targetAverage
          ? ` · target average ${kcal(week.targetAverage.energyKcal)} (${difference === 0 ? "right on target" : difference! > 0 ? `${kcal(difference!)} over` : `${kcal(-difference!)} under`})`
          : ""}
      </p>
      <WeekChart week={week} />
      <p className="flex gap-4 text-xs text-slate-600" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-brand-600" />
          Eaten
        </span>
        <span>
          <span className="mr-1 inline-block h-0.5 w-4 border-t-2 border-dashed border-amber-700 align-middle" />
          Target
        </span>
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Show the numbers</summary>
        <WeekIntakeTable week={week} caption="Energy eaten and target for each of the last 7 days" className="mt-2" />
      </details>
    </section>
  );
}
