"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { addDaysToKey, daysBetween, formatDayKey } from "@/lib/dates/day-key";
import { checkInScales, scaleWord, sleepHoursLabel } from "@/lib/mind/check-in-scales";
import type { TCheckInView } from "@/lib/schemas/mind";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const lines = [
  { key: "mood", color: "#23765a" },
  { key: "energy", color: "#d97706" },
  { key: "stress", color: "#dc2626" },
  { key: "sleepQuality", color: "#4f46e5" },
] as const;

type Point = Pick<TCheckInView, "dayKey" | "mood" | "energy" | "stress" | "sleepQuality" | "sleepHours">;

/**
 * Mood, energy, stress and sleep quality (1–5) day by day, with gaps where there was no check-in, and
 * the same numbers as a table for screen readers and for anyone who prefers numbers.
 */
export function CheckInTrendChart({ fromDayKey, todayKey, checkIns }: { fromDayKey: string; todayKey: string; checkIns: readonly Point[] }) {
  if (checkIns.length === 0) return <p className="text-sm text-slate-600">Your check-ins will show here as a chart.</p>;
  const byDay = new Map(checkIns.map((checkIn) => [checkIn.dayKey, checkIn]));
  const days = Array.from({ length: daysBetween(fromDayKey, todayKey) + 1 }, (_, index) => addDaysToKey(fromDayKey, index));
  const summary = `Check-ins from ${formatDayKey(fromDayKey)} to ${formatDayKey(todayKey)}: ${checkIns.length} days. Mood, energy, stress and sleep quality from 1 to 5; higher stress means more stress. The table below lists every check-in.`;
  return (
    <div className="space-y-2">
      <div className="relative h-56 w-full">
        <Line
          aria-label={summary}
          role="img"
          data={{
            labels: days.map((day) => formatDayKey(day, { day: "numeric", month: "short" })),
            datasets: lines.map(({ key, color }) => ({
              label: checkInScales[key].label,
              data: days.map((day) => byDay.get(day)?.[key] ?? null),
              borderColor: color,
              backgroundColor: color,
              pointRadius: 2,
              borderWidth: 2,
              spanGaps: false,
            })),
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
            scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { min: 1, max: 5, ticks: { stepSize: 1 } } },
          }}
        />
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">Show as a table</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Check-ins, newest first</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1 font-medium">Day</th>
              <th scope="col" className="py-1 font-medium">Mood</th>
              <th scope="col" className="py-1 font-medium">Energy</th>
              <th scope="col" className="py-1 font-medium">Stress</th>
              <th scope="col" className="py-1 font-medium">Sleep</th>
            </tr>
          </thead>
          <tbody>
            {[...checkIns].reverse().map((checkIn) => (
              <tr key={checkIn.dayKey} className="border-t border-slate-100">
                <th scope="row" className="py-1 font-normal">{formatDayKey(checkIn.dayKey)}</th>
                <td className="py-1">{scaleWord("mood", checkIn.mood)}</td>
                <td className="py-1">{scaleWord("energy", checkIn.energy)}</td>
                <td className="py-1">{scaleWord("stress", checkIn.stress)}</td>
                <td className="py-1">
                  {sleepHoursLabel(checkIn.sleepHours)}, {scaleWord("sleepQuality", checkIn.sleepQuality).toLowerCase()}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
