"use client";

import { useState } from "react";
import { Bar, Chart, Line } from "react-chartjs-2";
import { formatDayKey } from "@/lib/dates/day-key";
import { muscleGroupLabels, muscleGroups, type TProgressOverview } from "@/lib/schemas/progress";
import { recordLabels, type RecordKind } from "@/lib/train/records";
import { weightFromKg, type WeightUnit } from "@/lib/units";
import { baseOptions, ChartBlock, colourAt, DataTable, fmt, periodWord, pointLabel } from "./chart-parts";

type Training = TProgressOverview["training"];
type Granularity = TProgressOverview["granularity"];

const weekLabel = (weekStart: string) => formatDayKey(weekStart, { day: "numeric", month: "short", year: "2-digit" });

/** A record's value in words: weights in the member's unit, reps as reps. */
function recordValue(kind: string, value: number, unit: WeightUnit): string {
  if (kind === "heaviest" || kind === "bestE1rm" || kind === "bestVolume") return `${fmt(weightFromKg(value, unit), 1)} ${unit}`;
  if (kind === "repsAtLoad" || kind === "mostReps") return `${fmt(value)} reps`;
  if (kind === "longestDuration") return `${fmt(value)} s`;
  if (kind === "longestDistance") return `${fmt(value)} m`;
  return fmt(value, 1);
}

function VolumeChart({ training, unit }: { training: Training; unit: WeightUnit }) {
  const [measure, setMeasure] = useState<"sets" | "volume">("sets");
  const groups = training.muscleGroups;
  const weeks = training.weeklyVolume;
  const valueOf = (week: Training["weeklyVolume"][number], group: (typeof groups)[number]) => {
    const index = muscleGroups.indexOf(group);
    return measure === "sets" ? week.sets[index] : weightFromKg(week.volumeKg[index], unit);
  };
  const totals = weeks.map((week) => groups.reduce((sum, group) => sum + valueOf(week, group), 0));
  const busiest = totals.length ? Math.max(...totals) : 0;
  const measureWords = measure === "sets" ? "hard sets" : `volume (${unit} lifted)`;
  const summary = `Weekly ${measureWords} per muscle group over ${weeks.length} weeks, stacked by ${groups.map((group) => muscleGroupLabels[group]).join(", ")}. Busiest week: ${fmt(busiest, 1)}. The table below lists every week.`;
  return (
    <ChartBlock
      title="Weekly volume per muscle group"
      description="Working sets count fully for the main muscles and half for the helping ones; warm-ups do not count."
      isEmpty={weeks.length === 0 || groups.length === 0}
      controls={
      <div className="flex gap-2" role="group" aria-label="Volume measure">
        {(["sets", "volume"] as const).map((option) => (
          <button key={option} type="button" className={measure === option ? "btn-primary" : "btn-secondary"} aria-pressed={measure === option} onClick={() => setMeasure(option)}>
            {option === "sets" ? "Sets" : "Volume"}
          </button>
        ))}
      </div>
      }
      empty="Log a workout with sets to see your weekly hard sets per muscle group."
      table={
        <DataTable
          caption={`Weekly hard sets and volume (${unit}) per muscle group`}
          columns={["Week of", ...groups.map((group) => `${muscleGroupLabels[group]} sets`), `Volume (${unit})`]}
          rows={weeks.map((week) => ({
            key: week.weekStart,
            cells: [weekLabel(week.weekStart), ...groups.map((group) => fmt(week.sets[muscleGroups.indexOf(group)], 1)), fmt(weightFromKg(week.volumeKg.reduce((a, b) => a + b, 0), unit))],
          }))}
        />
      }
    >
      <Bar
        aria-label={summary}
        role="img"
        data={{
          labels: weeks.map((week) => weekLabel(week.weekStart)),
          datasets: groups.map((group, index) => ({ label: muscleGroupLabels[group], data: weeks.map((week) => valueOf(week, group)), backgroundColor: colourAt(index), stack: "volume" })),
        }}
        options={{ ...baseOptions, scales: { x: { stacked: true, ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { stacked: true, beginAtZero: true, title: { display: true, text: measure === "sets" ? "Hard sets" : `Volume (${unit})` } } } }}
      />
    </ChartBlock>
  );
}

function E1rmChart({ training, unit }: { training: Training; unit: WeightUnit }) {
  const weeks = [...new Set(training.e1rm.flatMap((lift) => lift.points.map((point) => point.weekStart)))].sort();
  const byLift = training.e1rm.map((lift) => new Map(lift.points.map((point) => [point.weekStart, weightFromKg(point.e1rmKg, unit)])));
  const summary = `Best estimated one-rep max per week for ${training.e1rm.map((lift) => {
    const first = lift.points[0];
    const last = lift.points[lift.points.length - 1];
    return `${lift.name}: ${fmt(weightFromKg(first.e1rmKg, unit), 1)} to ${fmt(weightFromKg(last.e1rmKg, unit), 1)} ${unit}`;
  }).join("; ")}. The table below lists every week.`;
  return (
    <ChartBlock
      title="Estimated 1RM trend"
      description="The best estimated one-rep max of each week for your main lifts, from the weight and reps you logged."
      isEmpty={training.e1rm.length === 0}
      empty="Log weighted sets (weight and reps) of a lift to see its estimated one-rep max over time."
      table={
        <DataTable
          caption={`Best estimated one-rep max per week (${unit})`}
          columns={["Week of", ...training.e1rm.map((lift) => `${lift.name} (${unit})`)]}
          rows={weeks.map((week) => ({ key: week, cells: [weekLabel(week), ...byLift.map((values) => fmt(values.get(week) ?? null, 1))] }))}
        />
      }
    >
      <Line
        aria-label={summary}
        role="img"
        data={{
          labels: weeks.map(weekLabel),
          datasets: training.e1rm.map((lift, index) => ({
            label: lift.name,
            data: weeks.map((week) => byLift[index].get(week) ?? null),
            borderColor: colourAt(index),
            backgroundColor: colourAt(index),
            pointRadius: 2,
            borderWidth: 2,
            spanGaps: true,
          })),
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { title: { display: true, text: `e1RM (${unit})` } } } }}
      />
    </ChartBlock>
  );
}

function LoadChart({ training, granularity }: { training: Training; granularity: Granularity }) {
  const points = training.load;
  const latest = [...points].reverse().find((point) => point.ratio !== null);
  const summary = `Session load (RPE × minutes) per ${granularity} over ${points.length} ${granularity}s, total ${fmt(points.reduce((sum, point) => sum + point.load, 0))}. ${
    latest ? `Latest acute:chronic ratio ${fmt(latest.ratio, 2)} (${pointLabel(latest.key, granularity)}).` : "Not enough weeks yet for an acute:chronic ratio."
  } The table below lists every point.`;
  return (
    <ChartBlock
      title="Session load and acute:chronic ratio"
      description="Load is session RPE × minutes. The ratio compares the last 7 days with the 4-week average: around 0.8–1.3 is steady; above 1.5 is a sharp rise worth noticing. It is a soft flag, not an injury prediction."
      isEmpty={points.length === 0}
      empty="Rate how hard your workouts felt (session RPE) when you finish them to see your training load."
      table={
        <DataTable
          caption="Session load and acute:chronic ratio"
          columns={[periodWord(granularity), "Load", "Acute (7 days)", "Chronic (weekly)", "Ratio"]}
          rows={[...points].filter((point) => point.load > 0 || point.ratio !== null).reverse().map((point) => ({ key: point.key, cells: [pointLabel(point.key, granularity), fmt(point.load), fmt(point.acute), fmt(point.chronicWeekly), fmt(point.ratio, 2)] }))}
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
            { type: "bar" as const, label: "Load (RPE × min)", data: points.map((point) => point.load), backgroundColor: "#94a3b8", yAxisID: "y" },
            { type: "line" as const, label: "Acute:chronic", data: points.map((point) => point.ratio), borderColor: "#dc2626", backgroundColor: "#dc2626", pointRadius: 0, borderWidth: 2, yAxisID: "ratio", spanGaps: false },
          ],
        }}
        options={{
          ...baseOptions,
          scales: {
            x: { ticks: { maxTicksLimit: 6, autoSkip: true } },
            y: { beginAtZero: true, title: { display: true, text: "Load" } },
            ratio: { position: "right", min: 0, suggestedMax: 2, grid: { drawOnChartArea: false }, title: { display: true, text: "Ratio" } },
          },
        }}
      />
    </ChartBlock>
  );
}

function FrequencyChart({ training }: { training: Training }) {
  const weeks = training.workoutsPerWeek;
  const planned = weeks.find((week) => week.planned !== null)?.planned ?? null;
  const average = weeks.length ? weeks.reduce((sum, week) => sum + week.sessions, 0) / weeks.length : 0;
  const summary = `Workouts per week over ${weeks.length} weeks: ${fmt(average, 1)} on average${planned !== null ? `, against ${planned} planned` : ""}. The table below lists every week.`;
  return (
    <ChartBlock
      title="Workouts per week"
      isEmpty={weeks.every((week) => week.sessions === 0)}
      empty="Log a workout to see how many you do each week."
      table={<DataTable caption="Workouts per week" columns={["Week of", "Workouts", "Planned"]} rows={weeks.map((week) => ({ key: week.weekStart, cells: [weekLabel(week.weekStart), week.sessions, week.planned ?? "—"] }))} />}
    >
      <Chart
        type="bar"
        aria-label={summary}
        role="img"
        data={{
          labels: weeks.map((week) => weekLabel(week.weekStart)),
          datasets: [
            { type: "bar" as const, label: "Workouts", data: weeks.map((week) => week.sessions), backgroundColor: "#23765a" },
            ...(planned !== null ? [{ type: "line" as const, label: "Planned", data: weeks.map((week) => week.planned), borderColor: "#d97706", backgroundColor: "#d97706", borderDash: [4, 4], pointRadius: 0, borderWidth: 2 }] : []),
          ],
        }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { beginAtZero: true, ticks: { stepSize: 1 }, title: { display: true, text: "Workouts" } } } }}
      />
    </ChartBlock>
  );
}

function RecordsChart({ training, unit }: { training: Training; unit: WeightUnit }) {
  const weeks = training.workoutsPerWeek.map((week) => week.weekStart);
  const counts = new Map<string, number>();
  for (const record of training.records) {
    const [year, month, day] = record.dayKey.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    counts.set(monday, (counts.get(monday) ?? 0) + 1);
  }
  const summary = `${training.records.length} personal records over ${weeks.length} weeks${training.records.length ? `, the latest ${training.records[training.records.length - 1].name} on ${formatDayKey(training.records[training.records.length - 1].dayKey)}` : ""}. The table below lists each record.`;
  return (
    <ChartBlock
      title="Personal records"
      isEmpty={training.records.length === 0}
      empty="Personal records appear here when a set beats your best weight, estimated 1RM or reps for a lift."
      table={
        <DataTable
          caption="Personal records, newest first"
          columns={["Day", "Exercise", "Record", "Value"]}
          rows={[...training.records].reverse().map((record) => ({
            key: `${record.dayKey}:${record.exerciseId}:${record.kind}`,
            cells: [formatDayKey(record.dayKey), record.name, recordLabels[record.kind as RecordKind] ?? record.kind, recordValue(record.kind, record.value, unit)],
          }))}
        />
      }
    >
      <Bar
        aria-label={summary}
        role="img"
        data={{ labels: weeks.map(weekLabel), datasets: [{ label: "Records", data: weeks.map((week) => counts.get(week) ?? 0), backgroundColor: "#d97706" }] }}
        options={{ ...baseOptions, scales: { x: { ticks: { maxTicksLimit: 6, autoSkip: true } }, y: { beginAtZero: true, ticks: { stepSize: 1 }, title: { display: true, text: "Records" } } } }}
      />
    </ChartBlock>
  );
}

/** Training: weekly volume per muscle group, e1RM trends, session load with acute:chronic, frequency and records. */
export function TrainingSection({ training, granularity, unit }: { training: Training; granularity: Granularity; unit: WeightUnit }) {
  return (
    <section aria-labelledby="training-progress-heading" className="card space-y-6">
      <div>
        <h2 id="training-progress-heading" className="text-lg font-semibold">
          Training
        </h2>
        <p className="text-sm text-slate-600">{training.sessions === 1 ? "1 workout" : `${training.sessions} workouts`} in this period.</p>
      </div>
      <VolumeChart training={training} unit={unit} />
      <E1rmChart training={training} unit={unit} />
      <LoadChart training={training} granularity={granularity} />
      <FrequencyChart training={training} />
      <RecordsChart training={training} unit={unit} />
    </section>
  );
}
