"use client";

import { useState } from "react";
import { ExercisePicker } from "@/components/train/exercise-picker";
import { equipmentLabels, type Equipment } from "@/lib/train/vocabulary";

export const SKIP = "skip";

export type ExerciseChoice = { id: string; name: string; equipment: Equipment; confidence: "exact" | "alias" | "fuzzy" | null };

/** One imported name: its suggested exercise, what the member picked by searching, and the current choice. */
export type MappingRow = { name: string; sets: number; suggestion: ExerciseChoice | null; picked: ExerciseChoice[]; selected: string };

const CONFIDENCE_TEXT = {
  exact: "Same name",
  alias: "Matched by another name for it",
} as const;

function Status({ row }: { row: MappingRow }) {
  if (row.selected === SKIP) {
    return <p className="text-sm text-slate-600">{row.suggestion ? "Skipped: these sets will not be imported." : "No match found. Search the library, or these sets are skipped."}</p>;
  }
  if (row.suggestion && row.selected === row.suggestion.id) {
    if (row.suggestion.confidence === "fuzzy") {
      return (
        <p className="inline-flex rounded-lg border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">Check this: a close match, not the same name</p>
      );
    }
    return <p className="text-sm text-emerald-800">{CONFIDENCE_TEXT[row.suggestion.confidence ?? "exact"]}</p>;
  }
  return <p className="text-sm text-slate-700">Your choice</p>;
}

/**
 * Each exercise name of the file → the library exercise its sets are stored under, or skipped. Suggestions
 * come from the server; fuzzy ones are flagged for a look; "Search the library" picks any other exercise.
 */
export function ExerciseMapping(props: { rows: MappingRow[]; disabled: boolean; onChange(name: string, selected: string, picked?: ExerciseChoice): void }) {
  const [picking, setPicking] = useState<string | null>(null);
  const needsLook = props.rows.filter((row) => row.suggestion?.confidence === "fuzzy" && row.selected === row.suggestion.id).length;
  const unmatched = props.rows.filter((row) => row.selected === SKIP).length;
  return (
    <section className="card space-y-3" aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading" className="text-lg font-semibold">
        Exercises
      </h2>
      <p className="text-sm text-slate-700">
        {props.rows.length} {props.rows.length === 1 ? "exercise" : "exercises"} in the file.
        {needsLook > 0 ? ` ${needsLook} to check.` : ""}
        {unmatched > 0 ? ` ${unmatched} skipped unless you choose one.` : ""}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Which library exercise each exercise of the file is imported as</caption>
          <thead className="text-slate-700">
            <tr className="border-b border-slate-200">
              <th scope="col" className="w-[38%] py-2 pr-3 font-medium">
                In the file
              </th>
              <th scope="col" className="py-2 font-medium">
                Import as
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {props.rows.map((row, index) => {
              const selectId = `mapping-${index}`;
              const options: ExerciseChoice[] = [...(row.suggestion ? [row.suggestion] : []), ...row.picked.filter((choice) => choice.id !== row.suggestion?.id)];
              return (
                <tr key={row.name}>
                  <th scope="row" className="break-words py-3 pr-3 align-top font-medium text-slate-900">
                    {row.name}
                    <span className="block text-xs font-normal text-slate-600">
                      {row.sets} {row.sets === 1 ? "set" : "sets"}
                    </span>
                  </th>
                  <td className="space-y-2 py-3 align-top">
                    <label htmlFor={selectId} className="sr-only">
                      Import {row.name} as
                    </label>
                    <select
                      id={selectId}
                      className="input"
                      value={row.selected}
                      disabled={props.disabled}
                      onChange={(event) => props.onChange(row.name, event.target.value)}
                    >
                      {options.map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          {choice.name} ({equipmentLabels[choice.equipment]})
                        </option>
                      ))}
                      <option value={SKIP}>Skip this exercise</option>
                    </select>
                    <Status row={row} />
                    <button type="button" className="btn-secondary w-full" disabled={props.disabled} onClick={() => setPicking(row.name)}>
                      Search the library<span className="sr-only"> for {row.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {picking !== null ? (
        <ExercisePicker
          title={`Import “${picking}” as`}
          onClose={() => setPicking(null)}
          onPick={(exercise) => {
            props.onChange(picking, exercise.id, { id: exercise.id, name: exercise.name, equipment: exercise.equipment, confidence: null });
            setPicking(null);
          }}
        />
      ) : null}
    </section>
  );
}
