"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { TExercise } from "@/lib/schemas/exercise";
import {
  equipmentLabels,
  measurementLabels,
  movementPatternLabels,
  muscleLabels,
} from "@/lib/train/vocabulary";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { CustomExerciseForm } from "./custom-exercise-form";
import { ExerciseFilters, useExerciseSearch } from "@/components/train/exercise-filters";

const LIMIT = 40;


function Badge({ exercise }: { exercise: TExercise }) {
  let text: string | null = null;
  if (exercise.mine) text = exercise.visibility === "clients" ? "Shared with clients" : "Yours";
  else if (exercise.visibility === "clients") text = "From your trainer";
  if (!text) return null;
  return <span className="shrink-0 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">{text}</span>;
}

/** The exercise library on a page of its own: search and filter it, and add custom exercises. */
export function ExerciseLibrary({ canShare }: { canShare: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const formSectionRef = useRef<HTMLElement>(null);
  const [creating, setCreating] = useState(false);
  const { values, setValues, search } = useExerciseSearch(LIMIT);
  const results = search.data ?? [];

  useEffect(() => {
    // Opening the form moves focus to its first field.
    if (creating) formSectionRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [creating]);

  function closeForm() {
    setCreating(false);
    requestAnimationFrame(() => newButtonRef.current?.focus());
  }

  async function onCreated(exercise: TExercise) {
    await queryClient.invalidateQueries({ queryKey: trpc.exercises.search.queryKey() });
    // Show the new exercise in the list below.
    setValues({ query: exercise.name, muscle: "", equipment: "" });
  }

  const statusText = search.isError
    ? ""
    : search.isPending
      ? "Searching…"
      : results.length === 0
        ? "No exercises match. Try fewer words or clear a filter."
        : `${results.length === LIMIT ? `First ${LIMIT}` : results.length} ${results.length === 1 ? "exercise" : "exercises"}`;

  return (
    <div className="space-y-4">
      {creating ? null : (
        <button ref={newButtonRef} type="button" className="btn-primary" onClick={() => setCreating(true)}>
          New exercise
        </button>
      )}

      {creating ? (
        <section ref={formSectionRef} className="card space-y-4" aria-labelledby={`${ids}-form-heading`}>
          <div className="flex items-center justify-between gap-3">
            <h2 id={`${ids}-form-heading`} className="text-lg font-semibold">
              New exercise
            </h2>
            <button type="button" className="btn-secondary" onClick={closeForm}>
              Close
            </button>
          </div>
          <CustomExerciseForm canShare={canShare} onCreated={onCreated} />
        </section>
      ) : null}

      <section className="card space-y-3" aria-labelledby={`${ids}-library-heading`}>
        <h2 id={`${ids}-library-heading`} className="text-lg font-semibold">
          Library
        </h2>
        <ExerciseFilters
          idPrefix={ids}
          values={values}
          onChange={setValues}
        />
        {search.isError ? <Alert>{messageOf(search.error)}</Alert> : null}
        <p className="text-sm text-slate-600" aria-live="polite">
          {statusText}
        </p>
      </section>

      <ul className="space-y-2" aria-label="Exercises">
        {results.map((exercise) => (
          <li key={exercise.id} className="rounded-2xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <h3 className="font-semibold text-slate-900">{exercise.name}</h3>
              <Badge exercise={exercise} />
            </div>
            <p className="text-sm text-slate-700">
              {equipmentLabels[exercise.equipment]}
              {exercise.primaryMuscles.length > 0 ? ` · ${exercise.primaryMuscles.map((value) => muscleLabels[value]).join(", ")}` : ""}
            </p>
            <p className="text-sm text-slate-600">
              {movementPatternLabels[exercise.pattern]} · {measurementLabels[exercise.measurement]}
              {exercise.unilateral ? " · One side at a time" : ""}
            </p>
            {exercise.aliases.length > 0 ? <p className="text-sm text-slate-600">Also: {exercise.aliases.join(", ")}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
