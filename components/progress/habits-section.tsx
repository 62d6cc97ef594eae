"use client";

import type { ScriptableContext } from "chart.js";
import { Line, Scatter } from "react-chartjs-2";
import { daysBetween, formatDayKey, isoWeekdayOf } from "@/lib/dates/day-key";
import type { TProgressOverview } from "@/lib/schemas/progress";
import { baseOptions, ChartBlock, colourAt, DataTable, fmt, periodWord, pointLabel } from "./chart-parts";

type Habits = TProgressOverview["habits"];
type Granularity = TProgressOverview["granularity"];
type Cell = Habits["heatmap"][number];

/** Heat-map shades by the share of due habits done (none due: a pale grey). */
const shades = [
  { upTo: 0, colour: "#fee2e2", words: "none done" },
  { upTo: 0.5, colour: "#bbf7d0", words: "up to half" },
  { upTo: 0.99, colour: "#4ade80", words: "more than half" },
  { upTo: 1, colour: "#166534", words: "all done" },
] as const;
const NOTHING_DUE = "#e2e8f0";
export const shadeOf = (share: number | null) => (share === null ? NOTHING_DUE : (shades.find((shade) => share <= shade.upTo) ?? shades[shades.length - 1]).colour);
const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function StrengthChart({ habits, granularity }: { habits: Habits; granularity: Granularity }) {
  const keys = [...new Set(habits.strength.flatMap((habit) => habit.points.map((point) => point.key)))].sort();
  const values = habits.strength.map((habit) => new Map(habit.points.map((point) => [point.key, point.value])));
  const summary = `Habit strength from 0 to 100 per ${granularity}: ${habits.strength
    .map((habit) => `${habit.name} ${fmt(habit.points[0].value)} to ${fmt(habit.points[habit.points.length - 1].value)}`)
    .join("; ")}. The table below lists every point.`;
  return (
    <ChartBlock
      title="Habit strength"
      description="Strength grows with each day done and fades slowly with misses (0–100), so one missed day barely moves it."
      isEmpty={habits.strength.length === 0}
      empty="Add a habit and check it off to see its strength grow."
      table={
        <DataTable
          caption="Habit strength (0–100)"
          columns={[periodWord(granularity), ...habits.strength.map((habit) => habit.name)]}
          rows={[...keys].reverse().map((key) => ({ key, cells: [pointLabel(key, granularity), ...values.map((byKey) => fmt(byKey.get(key) ?? null))] }))}
        />
      }
    >
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels: keys.map((key) => pointLabel(key, granularity)),
          datasets: habits.strength.map((habit, index) => ({
            label: habit.archived ? `${habit.name} (archived)` : habit.name,
            data: keys.map((key) => values[index].get(key) ?? null),
            borderColor: colourAt(index),
            backgroundColor: colourAt(index),
            pointRadius: 0,
            borderWidth: 2,
            spanGaps: true,
          })),
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { min: 0, max: 100, title: { display: true, text: "Strength" } } } }}
      />
    </ChartBlock>
  );
}

/**
 * Where a cell sits: day by day, a calendar (columns are weeks, rows weekdays, Monday on top); weekly,
 * one row per year with a column per week.
 */
function position(cell: Cell, first: string, granularity: Granularity): { x: number; y: number } {
  if (granularity === "day") return { x: Math.floor((daysBetween(first, cell.key) + isoWeekdayOf(first) - 1) / 7), y: isoWeekdayOf(cell.key) };
  const year = Number(cell.key.slice(0, 4));
  return { x: Math.floor(daysBetween(`${year}-01-01`, cell.key) / 7), y: year };
}

function HeatMap({ habits, granularity }: { habits: Habits; granularity: Granularity }) {
  const cells = habits.heatmap;
  const first = cells[0]?.key ?? "2000-01-03";
  const points = cells.map((cell) => ({ ...position(cell, first, granularity), cell }));
  const columns = points.length ? Math.max(...points.map((point) => point.x)) + 1 : 1;
  const years = [...new Set(points.map((point) => point.y))];
  const rows = granularity === "day" ? 7 : years.length;
  const due = cells.filter((cell) => cell.share !== null);
  const average = due.length ? due.reduce((sum, cell) => sum + (cell.share ?? 0), 0) / due.length : 0;
  const full = due.filter((cell) => cell.share === 1).length;
  const unit = granularity === "day" ? "days" : "weeks";
  const summary = `Habit completion heat map: ${full} of ${due.length} ${unit} with habits due had every habit done; ${fmt(average * 100)} % done on average. The table below lists every ${granularity}.`;
  const radius = (context: ScriptableContext<"line">) => {
    const area = context.chart.chartArea;
    if (!area) return 4;
    return Math.max(2, Math.min(area.width / columns, area.height / rows) / 2 - 1);
  };
  return (
    <ChartBlock
      title="Habit completion"
      description={granularity === "day" ? "Each square is a day (weeks run left to right, Monday on top); darker means more of that day's habits done." : "Each square is a week (one row per year); darker means more of that week's habits done."}
      isEmpty={cells.length === 0}
      empty="Check off your habits to see which days you kept them."
      table={
        <DataTable
          caption="Share of due habits done"
          columns={[periodWord(granularity), "Due", "Done", "Share"]}
          rows={[...cells].filter((cell) => cell.due > 0).reverse().map((cell) => ({ key: cell.key, cells: [granularity === "day" ? formatDayKey(cell.key) : pointLabel(cell.key, granularity), cell.due, fmt(cell.done, 1), `${fmt((cell.share ?? 0) * 100)} %`] }))}
        />
      }
    >
      <Scatter
        aria-label={summary}
        role="img"
        data={{
          datasets: [
            {
              label: "Share of due habits done",
              data: points.map((point) => ({ x: point.x, y: point.y })),
              pointStyle: "rect",
              pointRadius: radius,
              pointHoverRadius: radius,
              backgroundColor: points.map((point) => shadeOf(point.cell.share)),
              borderColor: points.map((point) => shadeOf(point.cell.share)),
            },
          ],
        }}
        options={{
          ...baseOptions,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const cell = points[item.dataIndex]?.cell;
                  return cell ? `${pointLabel(cell.key, granularity)}: ${cell.due ? `${fmt(cell.done, 1)} of ${cell.due} done` : "nothing due"}` : "";
                },
              },
            },
          },
          scales: {
            x: { min: -0.5, max: columns - 0.5, grid: { display: false }, ticks: { display: false } },
            y:
              granularity === "day"
                ? { reverse: true, min: 0.5, max: 7.5, grid: { display: false }, ticks: { stepSize: 1, callback: (value) => weekdays[Number(value) - 1] ?? "" } }
                : { reverse: true, min: Math.min(...years) - 0.5, max: Math.max(...years) + 0.5, grid: { display: false }, ticks: { stepSize: 1, callback: (value) => String(value) } },
          },
        }}
      />
    </ChartBlock>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-label="Heat map colours">
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-slate-200" /> Nothing due
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-red-100" /> None done
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-green-200" /> Up to half
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-green-400" /> Most
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-green-800" /> All
      </li>
    </ul>
  );
}

/** Habits: strength per habit over time and a completion heat map. */
export function HabitsSection({ habits, granularity }: { habits: Habits; granularity: Granularity }) {
  return (
    <section aria-labelledby="habits-progress-heading" className="card space-y-6">
      <h2 id="habits-progress-heading" className="text-lg font-semibold">
        Habits
      </h2>
      <StrengthChart habits={habits} granularity={granularity} />
      <HeatMap habits={habits} granularity={granularity} />
      {habits.heatmap.length > 0 ? <Legend /> : null}
    </section>
  );
}
