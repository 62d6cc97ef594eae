"use client";

import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useMemo, useRef } from "react";
import type { TExercise } from "@/lib/schemas/exercise";
import { exerciseCatalog } from "@/lib/train/exercise-catalog";
import { normalizeName } from "@/lib/train/search-text";
import { equipmentLabels, muscleLabels, type Equipment, type Muscle } from "@/lib/train/vocabulary";
import { ExerciseFilters, useExerciseSearch } from "@/components/train/exercise-filters";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

export type PickedExercise = Pick<TExercise, "id" | "name" | "equipment" | "measurement" | "primaryMuscles">;

type Props = {
  onPick(exercise: PickedExercise): void;
  onClose(): void;
  title?: string;
};

const LIMIT = 40;

/** A request that never reached the server (no answer at all), as opposed to an answer that refused it. */
function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof TRPCClientError && !error.data;
}

/** The built-in library searched on the device, with the server's rules: every word must match. */
function searchCatalog(query: string, muscle: Muscle | "", equipment: Equipment | ""): PickedExercise[] {
  const words = normalizeName(query).split(" ").filter(Boolean).slice(0, 6);
  const phrase = words.join(" ");
  const matches = exerciseCatalog.filter((exercise) => {
    if (equipment && exercise.equipment !== equipment) return false;
    if (muscle && !exercise.primaryMuscles.includes(muscle) && !exercise.secondaryMuscles.includes(muscle)) return false;
    const text = normalizeName([exercise.name, ...exercise.aliases].join(" "));
    return words.every((word) => text.includes(word));
  });
  const score = (exercise: (typeof matches)[number]) => {
    const name = normalizeName(exercise.name);
    let value = name.startsWith(phrase) ? 0 : name.includes(phrase) ? 1 : 2;
    if (muscle && !exercise.primaryMuscles.includes(muscle)) value += 3;
    return value;
  };
  return matches
    .map((exercise) => ({ exercise, score: score(exercise) }))
    .sort((a, b) => a.score - b.score || a.exercise.name.localeCompare(b.exercise.name))
    .slice(0, LIMIT)
    .map(({ exercise }) => ({
      id: exercise.id,
      name: exercise.name,
      equipment: exercise.equipment,
      measurement: exercise.measurement,
      primaryMuscles: exercise.primaryMuscles,
    }));
}


/**
 * A modal dialog to find and pick one exercise from the library the member sees. Without a network
 * it searches the built-in catalog on the device instead. Escape (or Close) calls `onClose`.
 */
export function ExercisePicker({ onPick, onClose, title = "Choose an exercise" }: Props) {
  const pathname = usePathname() ?? "";
  const ids = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const { dialogProps } = useModalDialog(onClose, () => searchRef.current?.focus());
  const { values, setValues, debouncedQuery, search } = useExerciseSearch(LIMIT, { retry: false });
  const { muscle, equipment } = values;

  const offline = search.isError && isNetworkFailure(search.error);
  const localResults = useMemo(() => (offline ? searchCatalog(debouncedQuery, muscle, equipment) : []), [offline, debouncedQuery, muscle, equipment]);
  const results: PickedExercise[] = offline ? localResults : (search.data ?? []);
  const failedOtherwise = search.isError && !offline;

  const titleId = `${ids}-title`;
  const statusText = failedOtherwise
    ? ""
    : search.isPending && !offline
      ? "Searching…"
      : results.length === 0
        ? "No exercises match. Try fewer words or clear a filter."
        : `${results.length === LIMIT ? `First ${LIMIT}` : results.length} ${results.length === 1 ? "exercise" : "exercises"}`;

  return (
    <dialog
      {...dialogProps}
      aria-labelledby={titleId}
      className="fixed inset-0 m-0 h-full max-h-none w-full max-w-none bg-transparent p-0 backdrop:bg-slate-900/50 sm:m-auto sm:h-fit sm:max-h-[85vh] sm:max-w-lg"
    >
      <div className="flex h-full flex-col bg-white text-slate-900 sm:max-h-[85vh] sm:rounded-2xl">
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <button type="button" className="btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>

        <div className="space-y-3 border-b border-slate-200 px-4 py-3">
          <ExerciseFilters
            idPrefix={ids}
            searchRef={searchRef}
            values={values}
            onChange={setValues}
          />
          {offline ? (
            <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Offline: showing the built-in library
            </p>
          ) : null}
          {failedOtherwise ? (
            <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {search.error instanceof TRPCClientError ? search.error.message : "Could not search the library."}
            </p>
          ) : null}
          <p className="text-sm text-slate-600" aria-live="polite">
            {statusText}
          </p>
        </div>

        <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto px-2 py-2" aria-label="Exercises">
          {results.map((exercise) => (
            <li key={exercise.id}>
              <button
                type="button"
                className="flex min-h-11 w-full flex-col items-start rounded-xl px-3 py-2 text-left hover:bg-slate-100 focus-visible:bg-slate-100"
                onClick={() =>
                  onPick({
                    id: exercise.id,
                    name: exercise.name,
                    equipment: exercise.equipment,
                    measurement: exercise.measurement,
                    primaryMuscles: exercise.primaryMuscles,
                  })
                }
              >
                <span className="font-medium text-slate-900">{exercise.name}</span>
                <span className="text-sm text-slate-600">
                  {equipmentLabels[exercise.equipment]}
                  {exercise.primaryMuscles.length > 0 ? ` · ${exercise.primaryMuscles.map((value) => muscleLabels[value]).join(", ")}` : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
          Can&apos;t find it?{" "}
          {/* A new tab, so a half-written program or import is not lost on the way. */}
          <Link href={pathname.startsWith("/trainer") ? "/trainer/exercises" : "/train/exercises"} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline">
            Add a custom exercise in Exercises<span className="sr-only"> (opens in a new tab)</span>
          </Link>
        </p>
      </div>
    </dialog>
  );
}
