"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

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
            pointRadius: line.dots ? 3 : labels.length > 60 ? 0 : 2,
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
          plugins: { legend: { display: series.length > 1, position: "bottom", labels: { boxWidth: 12 } } },
          scales: { x: { ticks: { maxTicksLimit: 5, autoSkip: true, maxRotation: 0 } }, y: { ticks: { maxTicksLimit: 5 } } },
        }}
      />
    </div>
  );
}
