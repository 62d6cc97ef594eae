"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type Ref } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { equipmentKinds, equipmentLabels, muscleLabels, muscles, type Equipment, type Muscle } from "@/lib/train/vocabulary";

export type ExerciseFilterValues = { query: string; muscle: Muscle | ""; equipment: Equipment | "" };

/** The search box and the muscle and equipment filters, shared by the picker and the library page. */
export function ExerciseFilters(props: {
  idPrefix: string;
  values: ExerciseFilterValues;
  onChange: (values: ExerciseFilterValues) => void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const { idPrefix: ids, values, onChange } = props;
  return (
    <>
      <div>
        <label htmlFor={`${ids}-query`} className="label">
          Search exercises
        </label>
        <input
          ref={props.searchRef}
          id={`${ids}-query`}
          type="search"
          className="input"
          autoComplete="off"
          enterKeyHint="search"
          value={values.query}
          onChange={(event) => onChange({ ...values, query: event.target.value })}
        />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor={`${ids}-muscle`} className="label">
            Muscle
          </label>
          <select id={`${ids}-muscle`} className="input" value={values.muscle} onChange={(event) => onChange({ ...values, muscle: event.target.value as Muscle | "" })}>
            <option value="">Any muscle</option>
            {muscles.map((value) => (
              <option key={value} value={value}>
                {muscleLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-equipment`} className="label">
            Equipment
          </label>
          <select
            id={`${ids}-equipment`}
            className="input"
            value={values.equipment}
            onChange={(event) => onChange({ ...values, equipment: event.target.value as Equipment | "" })}
          >
            <option value="">Any equipment</option>
            {equipmentKinds.map((value) => (
              <option key={value} value={value}>
                {equipmentLabels[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </>
  );
}

const DEBOUNCE_MS = 200;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * The filter values and the library search they drive (the query waits for a pause in typing).
 * `retry: false` lets the picker fall back to the on-device catalog at once when offline.
 */
export function useExerciseSearch(limit: number, options: { retry?: false } = {}) {
  const trpc = useTRPC();
  const [values, setValues] = useState<ExerciseFilterValues>({ query: "", muscle: "", equipment: "" });
  const debouncedQuery = useDebounced(values.query, DEBOUNCE_MS);
  const search = useQuery({
    ...trpc.exercises.search.queryOptions({
      query: debouncedQuery.trim(),
      muscle: values.muscle || undefined,
      equipment: values.equipment || undefined,
      limit,
    }),
    placeholderData: keepPreviousData,
    ...options,
  });
  return { values, setValues, debouncedQuery, search };
}
