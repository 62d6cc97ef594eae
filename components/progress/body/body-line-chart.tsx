"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatDayKey } from "@/lib/dates/day-key";
import type { ProgressRange } from "@/lib/schemas/progress";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Above this many days the chart draws no points on lines and the smallest dots (3 years of daily weigh-ins are ~1,000 points). */
export const DENSE_POINTS = 120;

const shortDay: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
const dayWithYear: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "2-digit" };

/**
 * How a day is named in a Body chart's ticks and tooltips, its summary and its short texts: with the year
 * ("3 Nov 25") for 1 year and All, and whenever the shown period crosses a new year, else "Mon 3 Nov".
 */
export function bodyDayFormat(range: ProgressRange, fromDayKey: string, toDayKey: string): (dayKey: string) => string {
  const options = range === "1y" || range === "all" || fromDayKey.slice(0, 4) !== toDayKey.slice(0, 4) ? dayWithYear : shortDay;
  return (dayKey) => formatDayKey(dayKey, options);
}

export type BodySeries = { label: string; values: (number | null)[]; color: string; dots?: boolean };

/**
 * A small line chart over days (category axis: no date adapter). `summary` is what a screen reader
 * hears; the numbers themselves are in the table every caller renders next to it.
 */
export function BodyLineChart({ labels, series, summary, testId, tall = false }: { labels: string[]; series: BodySeries[]; summary: string; testId: string; tall?: boolean }) {
  if (labels.length === 0) return null;
  return (
    <div className={`relative w-full ${tall ? "h-56" : "h-40"}`} data-testid={testId}>
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels,
          datasets: series.map((line) => ({
            label: line.label,
            data: line.values,
            borderColor: line.color,
            backgroundColor: line.color,
            pointBackgroundColor: line.color,
            showLine: !line.dots,
            // Many days: lines lose their points and dots shrink (a dots-only series keeps 1 px to stay visible).
            pointRadius: line.dots ? (labels.length > DENSE_POINTS ? 1 : labels.length > 60 ? 2 : 3) : labels.length > 60 ? 0 : 2,
            pointHoverRadius: line.dots ? 4 : 3,
            borderWidth: 2,
            tension: 0.25,
            spanGaps: true,
          })),
        }}
        options={{
          // No animation: the chart is right at once (and a pixel test sees the final drawing).
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          // The tooltip shows the nearest day's values, so tiny dots are still easy to read by touch.
          interaction: { mode: "index", intersect: false },
          plugins: { legend: { display: series.length > 1, position: "bottom", labels: { boxWidth: 12 } } },
          // At most 6 day labels on the x axis (a phone is ~390 px wide), never rotated.
          scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true, maxRotation: 0 } }, y: { ticks: { maxTicksLimit: 5 } } },
        }}
      />
    </div>
  );
}
