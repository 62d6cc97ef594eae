import type { HeldBackProblem } from "@/lib/schemas/history-import";
import type { ImportedWorkout, ImportRowError } from "@/lib/train/imports/workout-history";

const MAX_SHOWN = 100;

function dayLabel(local: string): string {
  const [year, month, day] = local.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
}

/** First and last day of the workouts, as the app showed them (wall-clock dates). */
export function dateRangeOf(workouts: ImportedWorkout[]): string | null {
  if (workouts.length === 0) return null;
  const starts = workouts.map((workout) => workout.startedAtLocal).sort();
  const first = dayLabel(starts[0]);
  const last = dayLabel(starts[starts.length - 1]);
  return first === last ? first : `${first} – ${last}`;
}

/** What the file holds, and every row that will not be imported with why. */
export function ImportPreview(props: { appName: string; workouts: ImportedWorkout[]; errors: ImportRowError[]; heldBack: HeldBackProblem[] }) {
  const sets = props.workouts.reduce((sum, workout) => sum + workout.exercises.reduce((inner, exercise) => inner + exercise.sets.length, 0), 0);
  const range = dateRangeOf(props.workouts);
  const problems = [
    ...props.errors.map((error) => ({ key: `row-${error.row}-${error.message}`, row: String(error.row), message: error.message })),
    ...props.heldBack.map((problem, index) => ({ key: `held-${index}`, row: "–", message: `${problem.where}: ${problem.message}` })),
  ];
  return (
    <section className="card space-y-4" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" className="text-lg font-semibold">
        {props.appName} export
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <div className="rounded-xl bg-slate-50 px-3 py-2">
          <dt className="text-slate-600">Workouts</dt>
          <dd className="text-xl font-semibold text-slate-900">{props.workouts.length.toLocaleString("en")}</dd>
        </div>
        <div className="rounded-xl bg-slate-50 px-3 py-2">
          <dt className="text-slate-600">Sets</dt>
          <dd className="text-xl font-semibold text-slate-900">{sets.toLocaleString("en")}</dd>
        </div>
        <div className="col-span-2 rounded-xl bg-slate-50 px-3 py-2 sm:col-span-1">
          <dt className="text-slate-600">Dates</dt>
          <dd className="font-semibold text-slate-900">{range ?? "None"}</dd>
        </div>
      </dl>
      {problems.length === 0 ? (
        <p className="text-sm text-slate-700">Every row of the file can be read.</p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            {problems.length === 1 ? "1 row" : `${problems.length.toLocaleString("en")} rows`} will not be imported. Everything else will. Row 1 is the first row under the column names.
          </p>
          <div className="max-h-72 overflow-y-auto rounded-xl border border-slate-200" tabIndex={0} role="region" aria-labelledby="import-errors-caption">
            <table className="w-full table-fixed text-left text-sm">
              <caption id="import-errors-caption" className="sr-only">
                Rows that will not be imported
              </caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="w-16 px-3 py-2 font-medium">
                    Row
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {problems.slice(0, MAX_SHOWN).map((problem) => (
                  <tr key={problem.key}>
                    <td className="px-3 py-2 align-top tabular-nums">{problem.row}</td>
                    <td className="break-words px-3 py-2 align-top">{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length > MAX_SHOWN ? <p className="text-sm text-slate-600">Showing the first {MAX_SHOWN}.</p> : null}
        </div>
      )}
    </section>
  );
}
