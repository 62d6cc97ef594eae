/**
 * Strong app export → ParsedHistory. One row per set:
 *   Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
 * The current format carries no unit: weights and distances are in whatever unit the app was set to, so the
 * member tells us (options). The older semicolon format has per-row "Weight Unit"/"Distance Unit" columns,
 * which win over the options when present.
 */
import { weightToKg, type WeightUnit } from "@/lib/units";
import type { SetType } from "@/lib/train/vocabulary";
import { M_PER_KM, M_PER_MILE, readNumber, readText, roundMetres, RowProblem, zeroToNull } from "./csv-cells";
import { readCsvTable, type CsvFields } from "./csv-table";
import { STRONG_REQUIRED_COLUMNS, wrongFormatMessage } from "./detect-format";
import { buildHistory, fileProblem, missingColumns, type WorkoutHistoryBuilder } from "./history-builder";
import { parseIsoLikeLocal } from "./local-datetime";
import type { ParsedHistory } from "./workout-history";

export type DistanceUnit = "km" | "mi";
export type StrongCsvOptions = { weightUnit: WeightUnit; distanceUnit?: DistanceUnit };

// Strong marks special sets with a letter in place of the set number.
const SET_ORDER_TYPES: Record<string, SetType> = { W: "warmup", D: "drop", F: "failure" };

const WEIGHT_UNITS: Record<string, WeightUnit> = { kg: "kg", kgs: "kg", lb: "lb", lbs: "lb" };
const METRES_PER_DISTANCE_UNIT: Record<string, number> = { km: M_PER_KM, mi: M_PER_MILE, mile: M_PER_MILE, miles: M_PER_MILE, m: 1 };

/** "2h 18m", "45m", "2h", "1h 2m 30s" → whole minutes; null when blank or not in that form. */
export function parseStrongDuration(text: string): number | null {
  const compact = text.trim().toLowerCase();
  if (!/^(\d+\s*[hms]\s*)+$/.test(compact)) return null;
  let seconds = 0;
  for (const [, amount, unit] of compact.matchAll(/(\d+)\s*([hms])/g)) {
    seconds += Number(amount) * (unit === "h" ? 3600 : unit === "m" ? 60 : 1);
  }
  return Math.round(seconds / 60);
}

function setType(setOrder: string): SetType {
  if (/^\d+$/.test(setOrder)) return "working";
  const type = SET_ORDER_TYPES[setOrder.toUpperCase()];
  if (!type) throw new RowProblem(`Set order "${setOrder}" is neither a number nor W, D or F`);
  return type;
}

function weightUnitOf(fields: CsvFields, fallback: WeightUnit): WeightUnit {
  const written = readText(fields, "weight unit").toLowerCase();
  if (written === "") return fallback;
  const unit = WEIGHT_UNITS[written];
  if (!unit) throw new RowProblem(`Weight unit "${written}" is not kg or lbs`);
  return unit;
}

function metresPerDistanceUnit(fields: CsvFields, fallback: DistanceUnit): number {
  const written = readText(fields, "distance unit").toLowerCase() || fallback;
  const factor = METRES_PER_DISTANCE_UNIT[written];
  if (factor === undefined) throw new RowProblem(`Distance unit "${written}" is not km or mi`);
  return factor;
}

function readStrongRow(fields: CsvFields, builder: WorkoutHistoryBuilder, options: StrongCsvOptions): void {
  const exerciseName = readText(fields, "exercise name");
  if (!exerciseName) throw new RowProblem("Exercise name is missing");
  const rawDate = readText(fields, "date");
  const startedAtLocal = parseIsoLikeLocal(rawDate);
  if (!startedAtLocal) throw new RowProblem(`Date "${rawDate}" is not a date like 2021-02-10 16:46:13`);
  const type = setType(readText(fields, "set order"));

  // Strong fills every numeric column with 0 when it does not apply (a plank has weight 0 and reps 0), so 0
  // means "not recorded", not "lifted nothing".
  const weight = zeroToNull(readNumber(fields, "weight", "Weight"));
  const reps = zeroToNull(readNumber(fields, "reps", "Reps", { integer: true }));
  const distance = zeroToNull(readNumber(fields, "distance", "Distance"));
  const seconds = zeroToNull(readNumber(fields, "seconds", "Seconds"));
  const rpe = zeroToNull(readNumber(fields, "rpe", "RPE", { max: 10 }));

  builder.add(
    {
      name: readText(fields, "workout name"),
      startedAtLocal,
      // Older exports call it "Workout Duration".
      durationMinutes: parseStrongDuration(readText(fields, "duration") || readText(fields, "workout duration")),
      notes: readText(fields, "workout notes"),
    },
    // Strong writes its note on the row it was typed on; we keep it on that set rather than guess its scope.
    { name: exerciseName, notes: "" },
    {
      type,
      weightKg: weight === null ? null : weightToKg(weight, weightUnitOf(fields, options.weightUnit)),
      reps,
      distanceM: distance === null ? null : roundMetres(distance * metresPerDistanceUnit(fields, options.distanceUnit ?? "km")),
      durationSec: seconds,
      rpe,
      notes: readText(fields, "notes"),
    },
  );
}

export function parseStrongCsv(text: string, options: StrongCsvOptions): ParsedHistory {
  const table = readCsvTable(text);
  if (!table) return fileProblem("strong", "The file is empty.");
  const missing = missingColumns(table, STRONG_REQUIRED_COLUMNS);
  if (missing.length > 0) return fileProblem("strong", wrongFormatMessage("strong", text, missing), table.rowCount);
  return buildHistory("strong", table, (fields, builder) => readStrongRow(fields, builder, options));
}
