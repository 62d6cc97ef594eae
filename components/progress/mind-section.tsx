"use client";

import { Line } from "react-chartjs-2";
import { CheckInTrendChart } from "@/components/mind/check-in/check-in-trend-chart";
import { formatDayKey } from "@/lib/dates/day-key";
import type { TProgressOverview } from "@/lib/schemas/progress";
import { baseOptions, ChartBlock, DataTable, fmt, pointLabel } from "./chart-parts";

type Mind = TProgressOverview["mind"];
type Granularity = TProgressOverview["granularity"];

/** Weekly averages of the check-ins (long ranges): the same lines as the daily chart on /mind. */
function WeeklyCheckIns({ mind }: { mind: Mind }) {
  const points = mind.checkIns;
  const scales = [
    { key: "mood", label: "Mood", colour: "#23765a" },
    { key: "energy", label: "Energy", colour: "#d97706" },
    { key: "stress", label: "Stress", colour: "#dc2626" },
  ] as const;
  const summary = `Weekly averages of ${points.reduce((sum, point) => sum + point.days, 0)} check-ins over ${points.length} weeks: mood, energy and stress from 1 to 5 (for stress, lower is better) and hours of sleep. The table below lists every week.`;
  return (
    <>
      <div className="relative h-56 w-full">
        <Line
          aria-label={summary}
          role="img"
          data={{
            labels: points.map((point) => pointLabel(point.key, "week")),
            datasets: [
              ...scales.map(({ key, label, colour }) => ({ label, data: points.map((point) => point[key]), borderColor: colour, backgroundColor: colour, pointRadius: 1, borderWidth: 2, yAxisID: "y" })),
              { label: "Sleep (hours)", data: points.map((point) => point.sleepHours), borderColor: "#4f46e5", backgroundColor: "#4f46e5", borderDash: [4, 4], pointRadius: 1, borderWidth: 2, yAxisID: "sleep" },
            ],
          }}
          options={{
            ...baseOptions,
            scales: {
              x: { ticks: { maxTicksLimit: 6, autoSkip: true } },
              y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: "Score (1–5)" } },
              sleep: { position: "right", min: 0, suggestedMax: 12, grid: { drawOnChartArea: false }, title: { display: true, text: "Sleep (h)" } },
            },
          }}
        />
      </div>
      <DataTable
        caption="Weekly check-in averages"
        columns={["Week of", "Mood", "Energy", "Stress", "Sleep (h)", "Sleep quality", "Check-ins"]}
        rows={[...points].reverse().map((point) => ({ key: point.key, cells: [pointLabel(point.key, "week"), fmt(point.mood, 1), fmt(point.energy, 1), fmt(point.stress, 1), fmt(point.sleepHours, 1), fmt(point.sleepQuality, 1), point.days] }))}
      />
    </>
  );
}

function Who5Chart({ mind }: { mind: Mind }) {
  const rows = mind.who5;
  const last = rows[rows.length - 1];
  const summary = last ? `WHO-5 wellbeing index, ${rows.length} results, latest ${fmt(last.percent ?? last.score * 4)} out of 100 on ${formatDayKey(last.dayKey)}. The table below lists every result.` : "";
  return (
    <ChartBlock
      title="WHO-5 wellbeing"
      description="Your WHO-5 results from 0 to 100; higher is better. A check on how you have felt, not a diagnosis."
      isEmpty={rows.length === 0}
      empty="Fill in the WHO-5 wellbeing questionnaire on the Mind screen to follow it here."
      table={<DataTable caption="WHO-5 wellbeing results" columns={["Day", "Score (0–100)"]} rows={[...rows].reverse().map((row) => ({ key: row.dayKey, cells: [formatDayKey(row.dayKey), fmt(row.percent ?? row.score * 4)] }))} />}
    >
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels: rows.map((row) => formatDayKey(row.dayKey, { day: "numeric", month: "short", year: "2-digit" })),
          datasets: [{ label: "WHO-5 (0–100)", data: rows.map((row) => row.percent ?? row.score * 4), borderColor: "#4f46e5", backgroundColor: "#4f46e5", pointRadius: 3, borderWidth: 2 }],
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { min: 0, max: 100, title: { display: true, text: "Score" } } } }}
      />
    </ChartBlock>
  );
}

/** Mind: the member's own check-in trends and WHO-5 history (their own data, all of it). */
export function MindSection({ mind, granularity, fromDayKey, toDayKey }: { mind: Mind; granularity: Granularity; fromDayKey: string; toDayKey: string }) {
  const empty = "Do the ten-second check-in on the Mind screen to see your mood, energy, stress and sleep here.";
  return (
    <section aria-labelledby="mind-progress-heading" className="card space-y-6">
      <div>
        <h2 id="mind-progress-heading" className="text-lg font-semibold">
          Mind
        </h2>
        <p className="text-sm text-slate-600">Only you see this section, unless you chose to share with your trainer on the Mind screen.</p>
      </div>
      <div className="space-y-2" data-chart="Check-in trends">
        <h3 className="font-semibold">Mood, energy, stress and sleep</h3>
        {mind.checkIns.length === 0 ? (
          <p className="text-sm text-slate-600">{empty}</p>
        ) : granularity === "day" ? (
          <CheckInTrendChart
            fromDayKey={fromDayKey}
            todayKey={toDayKey}
            checkIns={mind.checkIns.map((point) => ({ dayKey: point.key, mood: point.mood, energy: point.energy, stress: point.stress, sleepHours: point.sleepHours, sleepQuality: point.sleepQuality, tags: [] }))}
            caption="Your check-ins, newest first"
            empty={empty}
          />
        ) : (
          <WeeklyCheckIns mind={mind} />
        )}
      </div>
      <Who5Chart mind={mind} />
    </section>
  );
}
