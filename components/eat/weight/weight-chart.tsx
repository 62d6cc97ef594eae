"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatDayKey } from "@/components/eat/targets/targets-format";
import { weightFromKg, type WeightUnit } from "@/lib/units";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const BRAND = "#23765a";
const POINT = "#64748b";

/**
 * Weigh-ins as dots and the smoothed trend as a line. A day-by-day scale (category axis) keeps chart.js
 * free of a date adapter; the table below the chart carries the same numbers for screen readers.
 */
export function WeightChart({ entries, unit }: { entries: { dayKey: string; kg: number; trendKg: number }[]; unit: WeightUnit }) {
  if (entries.length === 0) return null;
  const first = entries[0];
  const last = entries[entries.length - 1];
  const summary = `Weight from ${formatDayKey(first.dayKey)} to ${formatDayKey(last.dayKey)}: ${entries.length} weigh-ins, trend ${weightFromKg(first.trendKg, unit)} to ${weightFromKg(last.trendKg, unit)} ${unit}. The table below lists every weigh-in.`;
  return (
    <div className="relative h-56 w-full">
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels: entries.map((entry) => formatDayKey(entry.dayKey)),
          datasets: [
            { label: `Weigh-in (${unit})`, data: entries.map((entry) => weightFromKg(entry.kg, unit)), showLine: false, pointRadius: 3, pointBackgroundColor: POINT, borderColor: POINT },
            { label: `Trend (${unit})`, data: entries.map((entry) => weightFromKg(entry.trendKg, unit)), pointRadius: 0, borderColor: BRAND, backgroundColor: BRAND, borderWidth: 2, tension: 0.3 },
          ],
        }}
        options={{
          // No animation: the chart is right at once (and a pixel test sees the final drawing).
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
          scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { ticks: { maxTicksLimit: 5 } } },
        }}
      />
    </div>
  );
}
