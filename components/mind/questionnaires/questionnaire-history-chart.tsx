"use client";

import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatDayKey } from "@/lib/dates/day-key";
import { questionnaires } from "@/lib/mind/questionnaires";
import type { TQuestionnaireResultView } from "@/lib/schemas/mind";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

const BRAND = "#23765a";
const CUE = "#d97706";

type Instrument = keyof typeof questionnaires;

/**
 * How each instrument is drawn: WHO-5 as its percentage (0–100) with the published cue (a raw score
 * below 13, i.e. 52%), the screeners as their 0–6 score with the cut-off of 3.
 */
function scaleOf(instrument: Instrument) {
  if (instrument === "who5") {
    const { lowBelowRaw, percentageMultiplier } = questionnaires.who5.scoring;
    const cue = lowBelowRaw * percentageMultiplier;
    return { unit: "%", max: 100, step: 20, cue, cueLabel: `Look closer below ${cue}%`, value: (result: TQuestionnaireResultView) => result.percentage ?? result.score * percentageMultiplier };
  }
  const { max, positiveAtLeast } = questionnaires[instrument].scoring;
  return { unit: ` of ${max}`, max, step: 1, cue: positiveAtLeast, cueLabel: `Look closer at ${positiveAtLeast} or more`, value: (result: TQuestionnaireResultView) => result.score };
}

/** One questionnaire's results over time, with its cue line, and a table with the same numbers. */
export function QuestionnaireHistoryChart({ instrument, results }: { instrument: Instrument; results: readonly TQuestionnaireResultView[] }) {
  const { shortName } = questionnaires[instrument];
  if (results.length === 0) return <p className="text-sm text-slate-600">Your results will show here after your first {shortName}.</p>;
  const scale = scaleOf(instrument);
  const last = results.at(-1)!;
  const summary = `${shortName}: ${results.length} results from ${formatDayKey(results[0].dayKey)} to ${formatDayKey(last.dayKey)}, latest ${scale.value(last)}${scale.unit}. The table below lists every result.`;
  return (
    <div className="space-y-2">
      <div className="relative h-48 w-full">
        <Line
          aria-label={summary}
          role="img"
          data={{
            labels: results.map((result) => formatDayKey(result.dayKey, { day: "numeric", month: "short" })),
            datasets: [
              { label: instrument === "who5" ? "WHO-5 (%)" : `${shortName} score`, data: results.map(scale.value), borderColor: BRAND, backgroundColor: BRAND, pointRadius: 3, borderWidth: 2 },
              { label: scale.cueLabel, data: results.map(() => scale.cue), borderColor: CUE, borderDash: [6, 4], pointRadius: 0, borderWidth: 1 },
            ],
          }}
          options={{
            animation: false,
            maintainAspectRatio: false,
            responsive: true,
            plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
            scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { min: 0, max: scale.max, ticks: { stepSize: scale.step } } },
          }}
        />
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">{shortName} results, newest first</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">Day</th>
            <th scope="col" className="py-1 text-right font-medium">{instrument === "who5" ? "Score (0–25)" : `Score (0–${scale.max})`}</th>
            {instrument === "who5" ? <th scope="col" className="py-1 text-right font-medium">Wellbeing</th> : null}
          </tr>
        </thead>
        <tbody data-testid={`${instrument}-history`}>
          {[...results].reverse().map((result) => (
            <tr key={result.id} className="border-t border-slate-100">
              <th scope="row" className="py-1 font-normal">{formatDayKey(result.dayKey)}</th>
              <td className="py-1 text-right">{result.score}</td>
              {instrument === "who5" ? <td className="py-1 text-right">{result.percentage}%</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
