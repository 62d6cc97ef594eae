/**
 * Hevy app export → ParsedHistory. One row per set:
 *   "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",
 *   "set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
 * Dates look like "30 Jun 2025, 19:56" (local, English month names). Accounts set to pounds export
 * weight_lbs / distance_miles instead, which we convert. Empty cells mean "not recorded".
 */
import { weightToKg } from "@/lib/units";
import type { SetType } from "@/lib/train/vocabulary";
import { M_PER_KM, M_PER_MILE, readNumber, readText, roundMetres, RowProblem, zeroToNull } from "./csv-cells";
import { readCsvTable, type CsvFields } from "./csv-table";
import { HEVY_REQUIRED_COLUMNS, HEVY_WEIGHT_COLUMNS, wrongFormatMessage } from "./detect-format";
import { buildHistory, fileProblem, missingColumns, type WorkoutHistoryBuilder } from "./history-builder";
import { minutesBetweenLocal, parseDayMonthNameLocal, parseIsoLikeLocal } from "./local-datetime";
import type { ParsedHistory } from "./workout-history";

const SET_TYPES: Record<string, SetType> = { "": "working", normal: "working", warmup: "warmup", dropset: "drop", failure: "failure" };

/** Hevy's own format, or ISO-like in case a tool re-saved the file. */
function parseHevyDate(text: string): string | null {
  return parseDayMonthNameLocal(text) ?? parseIsoLikeLocal(text);
}

function readWeightKg(fields: CsvFields): number | null {
  if (fields.weight_kg !== undefined) {
    const kg = readNumber(fields, "weight_kg", "Weight");
    return kg === null ? null : weightToKg(kg, "kg");
  }
  const lb = readNumber(fields, "weight_lbs", "Weight");
  return lb === null ? null : weightToKg(lb, "lb");
}

function readDistanceM(fields: CsvFields): number | null {
  const km = zeroToNull(readNumber(fields, "distance_km", "Distance"));
  if (km !== null) return roundMetres(km * M_PER_KM);
  const miles = zeroToNull(readNumber(fields, "distance_miles", "Distance"));
  return miles === null ? null : roundMetres(miles * M_PER_MILE);
}

function readHevyRow(fields: CsvFields, builder: WorkoutHistoryBuilder): void {
  const exerciseName = readText(fields, "exercise_title");
  if (!exerciseName) throw new RowProblem("Exercise name is missing");
  const rawStart = readText(fields, "start_time");
  const startedAtLocal = parseHevyDate(rawStart);
  if (!startedAtLocal) throw new RowProblem(`Start time "${rawStart}" is not a date like 30 Jun 2025, 19:56`);
  const rawType = readText(fields, "set_type").toLowerCase();
  const type = SET_TYPES[rawType];
  if (!type) throw new RowProblem(`Set type "${rawType}" is not normal, warmup, dropset or failure`);

  // The end time only feeds the duration, so a missing or odd one costs the duration, not the set.
  const endedAtLocal = parseHevyDate(readText(fields, "end_time"));
  const minutes = endedAtLocal ? minutesBetweenLocal(startedAtLocal, endedAtLocal) : null;

  builder.add(
    {
      name: readText(fields, "title"),
      startedAtLocal,
      durationMinutes: minutes !== null && minutes >= 0 ? minutes : null,
      notes: readText(fields, "description"),
    },
    { name: exerciseName, notes: readText(fields, "exercise_notes") },
    {
      type,
      weightKg: readWeightKg(fields),
      reps: readNumber(fields, "reps", "Reps", { integer: true }),
      distanceM: readDistanceM(fields),
      durationSec: zeroToNull(readNumber(fields, "duration_seconds", "Duration")),
      rpe: zeroToNull(readNumber(fields, "rpe", "RPE", { max: 10 })),
      notes: "", // Hevy has exercise notes, not set notes
    },
  );
}

export function parseHevyCsv(text: string): ParsedHistory {
  const table = readCsvTable(text);
  if (!table) return fileProblem("hevy", "The file is empty.");
  const missing = missingColumns(table, HEVY_REQUIRED_COLUMNS);
  if (!HEVY_WEIGHT_COLUMNS.some((column) => table.columns.has(column))) missing.push("weight_kg");
  if (missing.length > 0) return fileProblem("hevy", wrongFormatMessage("hevy", text, missing), table.rowCount);
  return buildHistory("hevy", table, readHevyRow);
}
