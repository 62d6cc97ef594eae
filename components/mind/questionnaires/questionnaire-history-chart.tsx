"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatDayKey } from "@/lib/dates/day-key";
import type { TQuestionnaireResultView } from "@/lib/schemas/mind";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const BRAND = "#23765a";
const CUE = "#d97706";
/** WHO-5: a raw score below 13 (52%) is the published cue to look closer. */
const CUE_PERCENTAGE = 52;

/** WHO-5 results as percentages (0–100) with the 52% cue line, and a table with the same numbers. */
export function QuestionnaireHistoryChart({ results }: { results: readonly TQuestionnaireResultView[] }) {
  if (results.length === 0) return <p className="text-sm text-slate-600">Your results will show here after your first WHO-5.</p>;
  const last = results.at(-1)!;
  const summary = `WHO-5 wellbeing: ${results.length} results from ${formatDayKey(results[0].dayKey)} to ${formatDayKey(last.dayKey)}, latest ${last.percentage}%. The table below lists every result.`;
  return (
    <div className="space-y-2">
      <div className="relative h-48 w-full">
        <Line
          aria-label={summary}
          role="img"
          data={{
            labels: results.map((result) => formatDayKey(result.dayKey, { day: "numeric", month: "short" })),
            datasets: [
              { label: "WHO-5 (%)", data: results.map((result) => result.percentage), borderColor: BRAND, backgroundColor: BRAND, pointRadius: 3, borderWidth: 2 },
              { label: "Look closer below 52%", data: results.map(() => CUE_PERCENTAGE), borderColor: CUE, borderDash: [6, 4], pointRadius: 0, borderWidth: 1 },
            ],
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
            scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
          }}
        />
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">WHO-5 results, newest first</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">Day</th>
            <th scope="col" className="py-1 text-right font-medium">Score (0–25)</th>
            <th scope="col" className="py-1 text-right font-medium">Wellbeing</th>
          </tr>
        </thead>
        <tbody data-testid="who5-history">
          {[...results].reverse().map((result) => (
            <tr key={result.id} className="border-t border-slate-100">
              <th scope="row" className="py-1 font-normal">{formatDayKey(result.dayKey)}</th>
              <td className="py-1 text-right">{result.score}</td>
              <td className="py-1 text-right">{result.percentage}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
