"use client";

import { BarController, BarElement, CategoryScale, Chart as ChartJS, LineController, LineElement, LinearScale, PointElement, Tooltip } from "chart.js";
import { Chart } from "react-chartjs-2";
import type { TDiaryWeekView } from "@/lib/schemas/nutrition";
import { formatDayKey } from "./diary-display";

// Only what this chart draws: bars for eaten, a line of points for each day's target.
ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const BRAND = "#23765a";
const TARGET = "#b45309";

/**
 * The week's energy against each day's target. Loaded on the client only (chart.js draws on a canvas);
 * the canvas is hidden from screen readers, which get the table next to it instead.
 */
export default function WeekChart({ week }: { week: TDiaryWeekView }) {
  const labels = week.days.map((day) => formatDayKey(day.dayKey, { weekday: "short" }));
  return (
    <div className="relative h-48 w-full" aria-hidden="true">
      <Chart
        type="bar"
        data={{
          labels,
          datasets: [
            { type: "bar", label: "Eaten (kcal)", data: week.days.map((day) => day.totals.energyKcal), backgroundColor: BRAND, borderRadius: 4, order: 2 },
            {
              type: "line",
              label: "Target (kcal)",
              data: week.days.map((day) => day.target?.energyKcal ?? null),
              borderColor: TARGET,
              backgroundColor: TARGET,
              borderDash: [4, 4],
              pointStyle: "line",
              pointRadius: 10,
              pointBorderWidth: 3,
              order: 1,
            },
          ],
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, ticks: { maxTicksLimit: 5 } }, x: { grid: { display: false } } },
          plugins: { tooltip: { enabled: true } },
        }}
      />
    </div>
  );
}
