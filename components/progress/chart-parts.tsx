"use client";

import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from "chart.js";
import type { ReactNode } from "react";
import { formatDayKey } from "@/lib/dates/day-key";

ChartJS.register(CategoryScale, LinearScale, BarController, BarElement, LineController, LineElement, PointElement, ScatterController, DoughnutController, ArcElement, Tooltip, Legend);

/** Colours with enough contrast on white, in a fixed order so a lift or habit keeps its colour. */
export const palette = ["#23765a", "#d97706", "#4f46e5", "#dc2626", "#0891b2", "#7c3aed", "#475569", "#be185d"] as const;
export const colourAt = (index: number) => palette[index % palette.length];

/** A point's label: a day ("3 Nov"), or for weekly series the week's Monday with the year when the range spans years. */
export function pointLabel(key: string, granularity: "day" | "week"): string {
  return granularity === "day" ? formatDayKey(key, { day: "numeric", month: "short" }) : formatDayKey(key, { day: "numeric", month: "short", year: "2-digit" });
}
export const periodWord = (granularity: "day" | "week") => (granularity === "day" ? "Day" : "Week of");

/** Shared chart.js options: no animation (the chart is right at once, and a pixel test sees the final drawing), phone-friendly ticks. */
export const baseOptions = {
  animation: false as const,
  maintainAspectRatio: false,
  responsive: true,
  plugins: { legend: { position: "bottom" as const, labels: { boxWidth: 12 } } },
};

export type TableColumn = { label: string };
export type TableRow = { key: string; cells: (string | number)[] };

/** The same numbers as the chart above it, under "Show as a table": for screen readers and for anyone who prefers numbers. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly TableRow[] }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">Show as a table</summary>
      <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              {columns.map((column) => (
                <th key={column} scope="col" className="py-1 pr-2 font-medium">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-slate-100 align-top">
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className="py-1 pr-2 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className="py-1 pr-2">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * One chart with its heading, a short description, and its table; or, without data, what to log to see
 * it. The chart itself carries role="img" and an aria-label summary (set by each chart).
 */
export function ChartBlock({ title, description, empty, isEmpty, children, table, controls }: { title: string; description?: string; empty: string; isEmpty: boolean; children: ReactNode; table: ReactNode; controls?: ReactNode }) {
  return (
    <div className="space-y-2" data-chart={title}>
      <h3 className="font-semibold">{title}</h3>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      {isEmpty ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <>
          {controls}
          <div className="relative h-56 w-full">{children}</div>
          {table}
        </>
      )}
    </div>
  );
}

export const fmt = (value: number | null | undefined, decimals = 0) => (value === null || value === undefined ? "—" : value.toLocaleString("en-GB", { maximumFractionDigits: decimals, minimumFractionDigits: 0 }));
