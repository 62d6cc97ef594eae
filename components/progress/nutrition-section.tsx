"use client";

import { Chart, Doughnut, Line } from "react-chartjs-2";
import type { TProgressOverview } from "@/lib/schemas/progress";
import { baseOptions, ChartBlock, DataTable, fmt, periodWord, pointLabel } from "./chart-parts";

type Nutrition = TProgressOverview["nutrition"];
type Granularity = TProgressOverview["granularity"];

function IntakeChart({ nutrition, granularity }: { nutrition: Nutrition; granularity: Granularity }) {
  const points = nutrition.intake;
  const withTarget = points.filter((point) => point.targetKcal !== null);
  const within = withTarget.filter((point) => Math.abs(point.energyKcal - point.targetKcal!) <= point.targetKcal! * 0.1).length;
  const summary = `Energy intake ${granularity === "day" ? "per logged day" : "as a daily average per week"} against your target: ${points.length} ${granularity === "day" ? "days" : "weeks"} logged${
    withTarget.length ? `, ${within} of ${withTarget.length} within 10 % of the target` : ""
  }. The table below lists every point.`;
  return (
    <ChartBlock
      title="Energy intake vs target"
      description={granularity === "day" ? "Each logged day's energy against that day's target (training or rest day)." : "Daily averages of the logged days of each week."}
      isEmpty={points.length === 0}
      empty="Log what you eat on the Eat screen to compare your intake with your target."
      table={
        <DataTable
          caption="Energy intake and target (kcal)"
          columns={[periodWord(granularity), "Intake (kcal)", "Target (kcal)", "Protein (g)", "Carbs (g)", "Fat (g)", ...(granularity === "week" ? ["Days logged"] : [])]}
          rows={[...points].reverse().map((point) => ({
            key: point.key,
            cells: [pointLabel(point.key, granularity), fmt(point.energyKcal), fmt(point.targetKcal), fmt(point.proteinG), fmt(point.carbsG), fmt(point.fatG), ...(granularity === "week" ? [point.days] : [])],
          }))}
        />
      }
    >
      <Chart
        type="bar"
        aria-label={summary}
        role="img"
        data={{
          labels: points.map((point) => pointLabel(point.key, granularity)),
          datasets: [
            { type: "bar" as const, label: "Intake (kcal)", data: points.map((point) => point.energyKcal), backgroundColor: "#23765a" },
            { type: "line" as const, label: "Target (kcal)", data: points.map((point) => point.targetKcal), borderColor: "#d97706", backgroundColor: "#d97706", pointRadius: 0, borderWidth: 2, stepped: "middle" as const, spanGaps: true },
          ],
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { beginAtZero: true, title: { display: true, text: "kcal" } } } }}
      />
    </ChartBlock>
  );
}

const macroColours = { protein: "#4f46e5", carbs: "#d97706", fat: "#0891b2" };

function MacroChart({ nutrition }: { nutrition: Nutrition }) {
  const split = nutrition.macroSplit;
  const summary = split
    ? `Share of energy from macros over ${split.days} logged days: protein ${fmt(split.proteinPct)} %, carbohydrate ${fmt(split.carbsPct)} %, fat ${fmt(split.fatPct)} %.`
    : "No food logged in this period.";
  return (
    <ChartBlock
      title="Macro split"
      description="The share of your energy from protein, carbohydrate and fat over the logged days."
      isEmpty={split === null}
      empty="Log food with its macros to see where your energy comes from."
      table={
        split ? (
          <DataTable
            caption="Share of energy by macro"
            columns={["Macro", "Share of energy"]}
            rows={[
              { key: "protein", cells: ["Protein", `${fmt(split.proteinPct, 1)} %`] },
              { key: "carbs", cells: ["Carbohydrate", `${fmt(split.carbsPct, 1)} %`] },
              { key: "fat", cells: ["Fat", `${fmt(split.fatPct, 1)} %`] },
            ]}
          />
        ) : null
      }
    >
      <Doughnut
        aria-label={summary}
        role="img"
        data={{
          labels: ["Protein", "Carbohydrate", "Fat"],
          datasets: [{ label: "Share of energy (%)", data: split ? [split.proteinPct, split.carbsPct, split.fatPct] : [], backgroundColor: [macroColours.protein, macroColours.carbs, macroColours.fat] }],
        }}
        options={{ ...baseOptions, plugins: { legend: { position: "right" as const, labels: { boxWidth: 12 } } } }}
      />
    </ChartBlock>
  );
}

const confidenceWords = { low: "low", medium: "medium", high: "high" } as const;

function EstimateChart({ nutrition, granularity }: { nutrition: Nutrition; granularity: Granularity }) {
  const estimates = nutrition.energyEstimates;
  const keys = [...new Set(estimates.map((estimate) => estimate.key))].sort();
  const computed = new Map(estimates.filter((estimate) => estimate.source === "computed").map((estimate) => [estimate.key, estimate.maintenanceKcal]));
  const proposals = new Map(estimates.filter((estimate) => estimate.source === "proposal").map((estimate) => [estimate.key, estimate.maintenanceKcal]));
  const last = estimates[estimates.length - 1];
  const summary = last ? `Adaptive maintenance estimate over ${keys.length} points, latest ${fmt(last.maintenanceKcal)} kcal a day (${confidenceWords[last.confidence]} confidence). The table below lists every estimate.` : "";
  return (
    <ChartBlock
      title="Adaptive energy estimate"
      description="Your maintenance energy measured from your own intake and weight trend over the 4 weeks before each point."
      isEmpty={estimates.length === 0}
      empty="Log food on most days and weigh in a few times a week for about four weeks to see your measured maintenance."
      table={
        <DataTable
          caption="Adaptive maintenance estimate (kcal a day)"
          columns={[granularity === "day" ? "Up to" : "Week of", "Maintenance (kcal)", "Confidence", "From"]}
          rows={[...estimates].reverse().map((estimate) => ({
            key: `${estimate.key}:${estimate.source}`,
            cells: [pointLabel(estimate.key, granularity), fmt(estimate.maintenanceKcal), confidenceWords[estimate.confidence], estimate.source === "computed" ? "Your log" : "Target proposal"],
          }))}
        />
      }
    >
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels: keys.map((key) => pointLabel(key, granularity)),
          datasets: [
            { label: "Measured maintenance (kcal)", data: keys.map((key) => computed.get(key) ?? null), borderColor: "#23765a", backgroundColor: "#23765a", pointRadius: 2, borderWidth: 2, spanGaps: true },
            ...(proposals.size > 0
              ? [{ label: "Target proposals (kcal)", data: keys.map((key) => proposals.get(key) ?? null), borderColor: "#d97706", backgroundColor: "#d97706", pointRadius: 4, showLine: false }]
              : []),
          ],
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { title: { display: true, text: "kcal a day" } } } }}
      />
    </ChartBlock>
  );
}

/** Nutrition: intake vs target, macro split and the adaptive energy estimate over time. */
export function NutritionSection({ nutrition, granularity }: { nutrition: Nutrition; granularity: Granularity }) {
  return (
    <section aria-labelledby="nutrition-progress-heading" className="card space-y-6">
      <h2 id="nutrition-progress-heading" className="text-lg font-semibold">
        Nutrition
      </h2>
      <IntakeChart nutrition={nutrition} granularity={granularity} />
      <MacroChart nutrition={nutrition} />
      <EstimateChart nutrition={nutrition} granularity={granularity} />
    </section>
  );
}
