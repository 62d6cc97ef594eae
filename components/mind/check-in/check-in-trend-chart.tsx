"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { addDaysToKey, daysBetween, formatDayKey } from "@/lib/dates/day-key";
import { checkInScales } from "@/lib/mind/check-in-scales";
import type { TCheckInView } from "@/lib/schemas/mind";
import { CheckInTable } from "./check-in-table";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const scales = [
  { key: "mood", color: "#23765a" },
  { key: "energy", color: "#d97706" },
  { key: "stress", color: "#dc2626" },
] as const;
const SLEEP = "#4f46e5";

type Point = Pick<TCheckInView, "dayKey" | "mood" | "energy" | "stress" | "sleepQuality" | "sleepHours" | "tags">;

/**
 * Check-ins day by day, with gaps where there was none: mood, energy and stress (1–5, left axis) and
 * hours of sleep (right axis), then the same numbers with sleep quality and tags as a table. The
 * member's own chart on /mind and what a trainer sees with "share check-in scores".
 */
export function CheckInTrendChart({ fromDayKey, todayKey, checkIns, caption, empty }: { fromDayKey: string; todayKey: string; checkIns: readonly Point[]; caption: string; empty: string }) {
  if (checkIns.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const byDay = new Map(checkIns.map((checkIn) => [checkIn.dayKey, checkIn]));
  const days = Array.from({ length: daysBetween(fromDayKey, todayKey) + 1 }, (_, index) => addDaysToKey(fromDayKey, index));
  const summary = `Check-ins from ${formatDayKey(fromDayKey)} to ${formatDayKey(todayKey)}: ${checkIns.length} of ${days.length} days. Mood, energy and stress from 1 to 5 (for stress, lower is better) and hours of sleep. The table below lists every check-in.`;
  return (
    <div className="space-y-2">
      <div className="relative h-56 w-full">
        <Line
          aria-label={summary}
          role="img"
          data={{
            labels: days.map((day) => formatDayKey(day, { day: "numeric", month: "short" })),
            datasets: [
              ...scales.map(({ key, color }) => ({
                label: checkInScales[key].label,
                data: days.map((day) => byDay.get(day)?.[key] ?? null),
                borderColor: color,
                backgroundColor: color,
                pointRadius: 2,
                borderWidth: 2,
                spanGaps: false,
                yAxisID: "y",
              })),
              {
                label: "Sleep (hours)",
                data: days.map((day) => byDay.get(day)?.sleepHours ?? null),
                borderColor: SLEEP,
                backgroundColor: SLEEP,
                borderDash: [4, 4],
                pointRadius: 2,
                borderWidth: 2,
                spanGaps: false,
                yAxisID: "sleep",
              },
            ],
          }}
          options={{
            // No animation: the chart is right at once.
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
            scales: {
              x: { ticks: { maxTicksLimit: 7, autoSkip: true } },
              y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: "Score (1–5)" } },
              sleep: { position: "right", min: 0, suggestedMax: 12, grid: { drawOnChartArea: false }, title: { display: true, text: "Sleep (h)" } },
            },
          }}
        />
      </div>
      <CheckInTable checkIns={checkIns} caption={caption} />
    </div>
  );
}
