/**
 * Which app wrote a workout-history CSV, judged from its header line alone (cheap, and the data rows of both
 * apps look alike). The column lists double as each parser's "can I read this at all" check.
 */
import { readHeaderColumns } from "./csv-table";
import type { HistorySource } from "./workout-history";

/** Strong, both the current comma format and the older semicolon one (lower-cased). */
export const STRONG_REQUIRED_COLUMNS = ["date", "workout name", "exercise name", "set order", "weight", "reps"] as const;

/** Hevy; its weight column is weight_kg or weight_lbs depending on the account's unit. */
export const HEVY_REQUIRED_COLUMNS = ["title", "start_time", "exercise_title", "reps"] as const;
export const HEVY_WEIGHT_COLUMNS = ["weight_kg", "weight_lbs"] as const;

export function detectHistoryFormat(text: string): HistorySource | null {
  const columns = new Set(readHeaderColumns(text));
  if (STRONG_REQUIRED_COLUMNS.every((column) => columns.has(column))) return "strong";
  if (HEVY_REQUIRED_COLUMNS.every((column) => columns.has(column)) && HEVY_WEIGHT_COLUMNS.some((column) => columns.has(column))) {
    return "hevy";
  }
  return null;
}

const APP_NAMES: Record<HistorySource, string> = { strong: "Strong", hevy: "Hevy" };

/** "This is not a Strong export …", naming the other app when that is what it is. */
export function wrongFormatMessage(expected: HistorySource, text: string, missing: string[]): string {
  const actual = detectHistoryFormat(text);
  if (actual && actual !== expected) return `This looks like a ${APP_NAMES[actual]} export, not a ${APP_NAMES[expected]} one.`;
  return `This is not a ${APP_NAMES[expected]} export: missing column${missing.length === 1 ? "" : "s"} ${missing.map((c) => `"${c}"`).join(", ")}.`;
}
