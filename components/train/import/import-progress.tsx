import type { RefObject } from "react";
import type { TImportWorkoutsResult } from "@/lib/schemas/history-import";

export type ImportRun = { status: "running" | "done" | "error"; done: number; total: number; totals: TImportWorkoutsResult; error: string | null };

const count = (value: number, one: string, many: string) => `${value.toLocaleString("en")} ${value === 1 ? one : many}`;

/** The batches sent so far, then what the import stored, found already there, and left out. */
export function ImportProgress({ run, resultRef }: { run: ImportRun; resultRef: RefObject<HTMLDivElement | null> }) {
  const { totals } = run;
  const label = run.status === "running" ? `Importing… ${run.done} of ${run.total} batches` : `${run.done} of ${run.total} batches sent`;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="import-progress" className="label">
          {label}
        </label>
        <progress id="import-progress" className="h-3 w-full accent-brand-600" max={run.total} value={run.done} />
      </div>
      <div ref={resultRef} tabIndex={-1} className="focus:outline-none">
        {run.status === "error" ? (
          <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            The import stopped: {run.error} What was sent so far is saved; press Import again to continue, nothing is stored twice.
          </div>
        ) : null}
        {run.status === "done" ? (
          <div role="status" className="space-y-1 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
            <p className="font-semibold">
              {totals.imported > 0 ? `Imported ${count(totals.imported, "workout", "workouts")} with ${count(totals.sets, "set", "sets")}.` : "No new workouts to import."}
            </p>
            {totals.alreadyImported > 0 ? <p>{count(totals.alreadyImported, "workout was", "workouts were")} already imported, and left as they were.</p> : null}
            {totals.skippedSets > 0 ? (
              <p>
                {count(totals.skippedSets, "set", "sets")} skipped
                {totals.skipped.skippedExercise > 0 ? `: ${totals.skipped.skippedExercise.toLocaleString("en")} of exercises you skipped` : ""}
                {totals.skipped.nothingRecorded > 0 ? `${totals.skipped.skippedExercise > 0 ? "," : ":"} ${totals.skipped.nothingRecorded.toLocaleString("en")} with nothing their exercise records` : ""}.
              </p>
            ) : null}
            {totals.emptyWorkouts > 0 ? <p>{count(totals.emptyWorkouts, "workout had", "workouts had")} no exercise to import, so not stored.</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
