"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { IMPORT_BATCH_SIZE, MAX_MATCH_NAMES, prepareForUpload, type TImportWorkoutsResult } from "@/lib/schemas/history-import";
import { detectHistoryFormat } from "@/lib/train/imports/detect-format";
import { parseHevyCsv } from "@/lib/train/imports/hevy-csv";
import { parseStrongCsv } from "@/lib/train/imports/strong-csv";
import type { HistorySource, ImportedWorkout } from "@/lib/train/imports/workout-history";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import type { WeightUnit } from "@/lib/units";
import { ExerciseMapping, SKIP, type ExerciseChoice, type MappingRow } from "./exercise-mapping";
import { ImportPreview } from "./import-preview";
import { ImportProgress, type ImportRun } from "./import-progress";

const APP_NAMES: Record<HistorySource, string> = { strong: "Strong", hevy: "Hevy" };
const MAX_FILE_BYTES = 25 * 1024 * 1024;

type LoadedFile = { name: string; text: string; format: HistorySource | null };

const emptyTotals = (): TImportWorkoutsResult => ({ imported: 0, alreadyImported: 0, emptyWorkouts: 0, sets: 0, skippedSets: 0, skipped: { skippedExercise: 0, nothingRecorded: 0 } });

function addTotals(a: TImportWorkoutsResult, b: TImportWorkoutsResult): TImportWorkoutsResult {
  return {
    imported: a.imported + b.imported,
    alreadyImported: a.alreadyImported + b.alreadyImported,
    emptyWorkouts: a.emptyWorkouts + b.emptyWorkouts,
    sets: a.sets + b.sets,
    skippedSets: a.skippedSets + b.skippedSets,
    skipped: { skippedExercise: a.skipped.skippedExercise + b.skipped.skippedExercise, nothingRecorded: a.skipped.nothingRecorded + b.skipped.nothingRecorded },
  };
}

/** Exercise names in order of first appearance, with how many sets each has. */
function exerciseNamesOf(workouts: ImportedWorkout[]): { name: string; sets: number }[] {
  const counts = new Map<string, number>();
  for (const workout of workouts) for (const exercise of workout.exercises) counts.set(exercise.name, (counts.get(exercise.name) ?? 0) + exercise.sets.length);
  return [...counts].map(([name, sets]) => ({ name, sets }));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Workout history from Strong or Hevy: the file is read and parsed here in the browser, the member checks
 * the preview and the exercise mapping, then the workouts go to the server 25 at a time. Importing the
 * same file again stores nothing twice.
 */
export function HistoryImport({ defaultUnit }: { defaultUnit: WeightUnit }) {
  const trpc = useTRPC();
  const match = useMutation(trpc.imports.matchExercises.mutationOptions());
  const importBatch = useMutation(trpc.imports.importWorkouts.mutationOptions());
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [unit, setUnit] = useState<WeightUnit>(defaultUnit);
  const [rows, setRows] = useState<MappingRow[] | null>(null);
  const [matchError, setMatchError] = useState<string | null>(null);
  const [run, setRun] = useState<ImportRun | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const history = useMemo(() => {
    if (!file?.format) return null;
    return file.format === "strong" ? parseStrongCsv(file.text, { weightUnit: unit }) : parseHevyCsv(file.text);
  }, [file, unit]);
  const fileProblem = history?.errors.find((error) => error.row === 0) ?? null;
  const prepared = useMemo(() => (history ? prepareForUpload(history) : null), [history]);
  const names = useMemo(() => (prepared ? exerciseNamesOf(prepared.workouts) : []), [prepared]);
  const namesKey = names.map((entry) => entry.name).join("\u0000");

  // Suggestions for the file's exercise names; the unit does not change the names, so no re-match for it.
  const { mutateAsync: matchNames } = match;
  useEffect(() => {
    if (!namesKey) return;
    let cancelled = false;
    const counts = new Map(names.map((entry) => [entry.name, entry.sets]));
    setRows(null);
    setMatchError(null);
    (async () => {
      const found = [];
      for (const part of chunks([...counts.keys()], MAX_MATCH_NAMES)) found.push(...(await matchNames({ names: part })));
      return found;
    })().then(
      (found) => {
        if (cancelled) return;
        setRows(
          found.map((row) => {
            const suggestion: ExerciseChoice | null = row.match ? { id: row.match.id, name: row.match.name, equipment: row.match.equipment, confidence: row.match.confidence } : null;
            return { name: row.name, sets: counts.get(row.name) ?? 0, suggestion, picked: [], selected: suggestion?.id ?? SKIP };
          }),
        );
      },
      (error: unknown) => {
        if (!cancelled) setMatchError(messageOf(error));
      },
    );
    return () => {
      cancelled = true;
    };
    // `names` is derived from namesKey: matching again only when the set of names changes.
  }, [namesKey, matchNames]);

  async function chooseFile(selected: File | undefined) {
    setFile(null);
    setRows(null);
    setRun(null);
    setFileError(null);
    setMatchError(null);
    if (!selected) return;
    if (selected.size > MAX_FILE_BYTES) {
      setFileError("That file is larger than 25 MB. Export again, or split it, and try once more.");
      return;
    }
    try {
      const text = await selected.text();
      const format = detectHistoryFormat(text);
      if (!format) setFileError("This is not a Strong or Hevy export. Choose the CSV file the app exported.");
      setFile({ name: selected.name, text, format });
    } catch {
      setFileError("The file could not be read. Try choosing it again.");
    }
  }

  const workouts = prepared?.workouts ?? [];
  const running = run?.status === "running";
  const mappedCount = rows?.filter((row) => row.selected !== SKIP).length ?? 0;

  async function startImport() {
    if (!file?.format || !rows || workouts.length === 0) return;
    const source = file.format;
    const chosen = new Map(rows.map((row) => [row.name, row.selected === SKIP ? null : row.selected]));
    const batches = chunks(workouts, IMPORT_BATCH_SIZE);
    let totals = emptyTotals();
    setRun({ status: "running", done: 0, total: batches.length, totals, error: null });
    for (const [index, batch] of batches.entries()) {
      const mapping = Object.fromEntries(exerciseNamesOf(batch).map(({ name }) => [name, chosen.get(name) ?? null]));
      try {
        totals = addTotals(totals, await importBatch.mutateAsync({ source, workouts: batch, mapping }));
      } catch (error) {
        setRun({ status: "error", done: index, total: batches.length, totals, error: messageOf(error) });
        return;
      }
      setRun({ status: index + 1 === batches.length ? "done" : "running", done: index + 1, total: batches.length, totals, error: null });
    }
  }

  useEffect(() => {
    if (run?.status === "done" || run?.status === "error") resultRef.current?.focus();
  }, [run?.status]);

  return (
    <div className="space-y-4">
      <section className="card space-y-4" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading" className="text-lg font-semibold">
          Choose the export
        </h2>
        <div>
          <label htmlFor="history-file" className="label">
            Export file
          </label>
          <input
            id="history-file"
            type="file"
            accept=".csv"
            aria-describedby="history-file-hint"
            disabled={running}
            className="block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-xl file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-100"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
          <p id="history-file-hint" className="mt-1 text-sm text-slate-600">
            Strong: Settings → Export Strong Data. Hevy: Settings → Export &amp; Import Data → Export workouts. The file is read on this device; only the workouts you import are sent.
          </p>
        </div>
        {fileError ? <Alert>{fileError}</Alert> : null}
        {file?.format ? (
          <p className="text-sm text-slate-700" role="status">
            {file.name}: a <span className="font-semibold">{APP_NAMES[file.format]}</span> export.
          </p>
        ) : null}
        {file?.format === "strong" ? (
          <fieldset>
            <legend className="label">Weights in the file are in</legend>
            <p id="strong-unit-hint" className="mb-2 text-sm text-slate-600">
              Strong does not write the unit into its export: pick the one the app was set to.
            </p>
            <div className="flex gap-3">
              {(["kg", "lb"] as const).map((value) => (
                <label key={value} className="flex min-h-11 flex-1 cursor-pointer items-center gap-2 rounded-xl border border-slate-300 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input type="radio" name="strong-unit" value={value} checked={unit === value} disabled={running} aria-describedby="strong-unit-hint" onChange={() => setUnit(value)} />
                  <span>{value === "kg" ? "Kilograms (kg)" : "Pounds (lb)"}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </section>

      {fileProblem ? <Alert>{fileProblem.message}</Alert> : null}

      {history && prepared && !fileProblem ? (
        <>
          <ImportPreview appName={APP_NAMES[history.source]} workouts={prepared.workouts} errors={history.errors} heldBack={prepared.problems} />
          {workouts.length === 0 ? <Alert>There are no workouts in this file to import.</Alert> : null}
          {matchError ? <Alert>Could not match the exercises: {matchError}</Alert> : null}
          {workouts.length > 0 && !rows && !matchError ? (
            <p role="status" className="text-sm text-slate-700">
              Matching the exercises to the library…
            </p>
          ) : null}
          {rows ? (
            <ExerciseMapping
              rows={rows}
              disabled={running}
              onChange={(name, selected, picked) =>
                setRows((current) =>
                  (current ?? []).map((row) =>
                    row.name === name ? { ...row, selected, picked: picked && !row.picked.some((choice) => choice.id === picked.id) ? [...row.picked, picked] : row.picked } : row,
                  ),
                )
              }
            />
          ) : null}
          {rows && workouts.length > 0 ? (
            <section className="card space-y-3" aria-labelledby="import-run-heading">
              <h2 id="import-run-heading" className="text-lg font-semibold">
                Import
              </h2>
              {mappedCount === 0 ? <p className="text-sm text-slate-700">Choose a library exercise for at least one exercise to import anything.</p> : null}
              <button type="button" className="btn-primary w-full" disabled={running || mappedCount === 0} onClick={() => void startImport()}>
                Import {workouts.length.toLocaleString("en")} {workouts.length === 1 ? "workout" : "workouts"}
              </button>
              {run ? <ImportProgress run={run} resultRef={resultRef} /> : null}
              {run?.status === "done" ? (
                <p className="text-sm">
                  <Link href="/train" className="font-semibold text-brand-700 underline">
                    Back to Train
                  </Link>{" "}
                  ·{" "}
                  <Link href="/train/records" className="font-semibold text-brand-700 underline">
                    See your records
                  </Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
