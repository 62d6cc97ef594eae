/**
 * Reading typed values out of one CSV record. A bad value throws RowProblem; the format parser catches it,
 * reports the row and skips it, so one mistyped cell never sinks the whole import.
 */
import type { CsvFields } from "./csv-table";

export class RowProblem extends Error {}

/** Trimmed cell text; "" when the column is absent or empty. */
export function readText(fields: CsvFields, column: string): string {
  return (fields[column] ?? "").trim();
}

// Plain decimals only. A comma decimal ("72,5") is accepted because Strong's older semicolon-delimited
// exports were written with the phone's locale; thousands separators never occur in these exports.
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

type NumberRules = { integer?: boolean; max?: number };

/** A non-negative number, or null for an empty cell. Throws RowProblem for anything else. */
export function readNumber(fields: CsvFields, column: string, label: string, rules: NumberRules = {}): number | null {
  const raw = readText(fields, column);
  if (raw === "") return null;
  if (!DECIMAL.test(raw)) throw new RowProblem(`${label} "${raw}" is not a number`);
  const value = Number(raw.replace(",", "."));
  if (value < 0) throw new RowProblem(`${label} "${raw}" is negative`);
  if (rules.integer && !Number.isInteger(value)) throw new RowProblem(`${label} "${raw}" is not a whole number`);
  if (rules.max !== undefined && value > rules.max) throw new RowProblem(`${label} "${raw}" is above ${rules.max}`);
  return value;
}

/** Exports write 0 for "not recorded" in columns that do not apply to the exercise. */
export function zeroToNull(value: number | null): number | null {
  return value === 0 ? null : value;
}

export const M_PER_KM = 1000;
export const M_PER_MILE = 1609.344;

/** Metres to 0.1 m: enough for any logged distance, and it hides float noise like 1200.0000000000002. */
export function roundMetres(metres: number): number {
  return Math.round(metres * 10) / 10;
}
