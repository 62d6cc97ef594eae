/**
 * Reads an exported CSV into records keyed by lower-cased column name, with papaparse doing the quoting
 * (commas and line breaks inside quoted fields). Rows papaparse could not split cleanly become row errors
 * here, so the format parsers only deal with well-formed records.
 */
import Papa from "papaparse";
import type { ImportRowError } from "./workout-history";

export type CsvFields = Record<string, string | undefined>;
export type CsvRecord = { row: number; fields: CsvFields };

export type CsvTable = {
  columns: Set<string>;
  records: CsvRecord[];
  errors: ImportRowError[];
  rowCount: number;
};

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstNonBlankLine(text: string): string {
  return text.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
}

/**
 * The header line decides the delimiter: column names never contain one, whereas papaparse's own guess looks
 * at data rows too, where a German note full of semicolons could tip it the wrong way. Strong's older
 * exports use ";".
 */
function delimiterOf(headerLine: string): string {
  const unquoted = headerLine.replace(/"(?:[^"]|"")*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function normalizeColumn(name: string): string {
  return name.trim().toLowerCase();
}

/** The column names of the first non-blank line, lower-cased and trimmed; [] for blank text. */
export function readHeaderColumns(text: string): string[] {
  const headerLine = firstNonBlankLine(stripBom(text));
  if (!headerLine) return [];
  const parsed = Papa.parse<string[]>(headerLine, { delimiter: delimiterOf(headerLine) });
  return (parsed.data[0] ?? []).map(normalizeColumn);
}

function allBlank(values: unknown): boolean {
  return !Array.isArray(values) || values.every((value) => String(value ?? "").trim() === "");
}

/** null when the text is blank (an empty upload). */
export function readCsvTable(text: string): CsvTable | null {
  const clean = stripBom(text);
  if (clean.trim() === "") return null;

  const parsed = Papa.parse<CsvFields>(clean, {
    header: true,
    delimiter: delimiterOf(firstNonBlankLine(clean)),
    skipEmptyLines: "greedy",
    transformHeader: normalizeColumn,
  });

  const problems = new Map<number, string>(); // data index → message
  for (const error of parsed.errors) {
    if (error.type === "Quotes") {
      // An unbalanced quote swallows the rest of the file into the last record, and papaparse's row number
      // for it does not account for skipped blank lines, so blame the last record.
      if (parsed.data.length > 0) {
        problems.set(parsed.data.length - 1, "Unbalanced quotes: this row and everything after it could not be read");
      }
    } else if (error.type === "FieldMismatch" && error.row !== undefined) {
      // Trailing empty columns (a stray delimiter at the end of a line) are harmless.
      if (error.code === "TooManyFields" && allBlank(parsed.data[error.row]?.__parsed_extra)) continue;
      if (!problems.has(error.row)) problems.set(error.row, `Row has the wrong number of columns (${error.message})`);
    }
  }

  const records: CsvRecord[] = [];
  const errors: ImportRowError[] = [];
  parsed.data.forEach((fields, index) => {
    const problem = problems.get(index);
    if (problem) errors.push({ row: index + 1, message: problem });
    else records.push({ row: index + 1, fields });
  });

  return {
    columns: new Set((parsed.meta.fields ?? []).filter((column) => column !== "")),
    records,
    errors,
    rowCount: parsed.data.length,
  };
}
