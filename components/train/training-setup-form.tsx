"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { defaultTrainingSetup, type TTrainingSetup } from "@/lib/schemas/training-setup";
import { messageOf, useTRPC } from "@/lib/trpc/react";

const parseList = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((part) => Number(part.replace(",", ".")))
    .filter((value) => Number.isFinite(value) && value > 0);

/** Bar weight, plate sizes (each with a pair count) and dumbbell/machine steps, in one unit. */
export function TrainingSetupForm({ initial }: { initial: TTrainingSetup }) {
  const trpc = useTRPC();
  const [unit, setUnit] = useState(initial.unit);
  const [bar, setBar] = useState(String(initial.barWeight));
  const [plates, setPlates] = useState(initial.plates.map((plate) => `${plate.weight}x${plate.pairs}`).join(" "));
  const [dumbbell, setDumbbell] = useState(String(initial.dumbbellStep));
  const [machine, setMachine] = useState(String(initial.machineStep));
  const save = useMutation(trpc.training.saveSetup.mutationOptions());

  function toSetup(): TTrainingSetup {
    return {
      unit,
      barWeight: Number(bar),
      plates: plates
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => {
          const [weight, pairs] = part.split(/x/i);
          return { weight: parseList(weight)[0] ?? NaN, pairs: pairs ? Math.round(Number(pairs)) : 1 };
        }),
      dumbbellStep: Number(dumbbell),
      machineStep: Number(machine),
    };
  }

  return (
    <form
      className="grid grid-cols-2 gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(toSetup());
      }}
    >
      <div>
        <label className="label" htmlFor="setup-unit">
          Unit
        </label>
        <select
          id="setup-unit"
          className="input"
          value={unit}
          onChange={(event) => {
            const next = event.target.value as TTrainingSetup["unit"];
            const defaults = defaultTrainingSetup[next];
            setUnit(next);
            setBar(String(defaults.barWeight));
            setPlates(defaults.plates.map((plate) => `${plate.weight}x${plate.pairs}`).join(" "));
            setDumbbell(String(defaults.dumbbellStep));
            setMachine(String(defaults.machineStep));
          }}
        >
          <option value="kg">kg</option>
          <option value="lb">lb</option>
        </select>
      </div>
      <div>
        <label className="label" htmlFor="setup-bar">
          Bar ({unit})
        </label>
        <input id="setup-bar" className="input" inputMode="decimal" value={bar} onChange={(event) => setBar(event.target.value)} />
      </div>
      <div className="col-span-2">
        <label className="label" htmlFor="setup-plates">
          Plates (weight x pairs)
        </label>
        <input id="setup-plates" className="input" value={plates} onChange={(event) => setPlates(event.target.value)} aria-describedby="setup-plates-hint" />
        <p id="setup-plates-hint" className="mt-1 text-sm text-slate-600">
          For example “25x4 20x2 10x2 5x2 2.5x2 1.25x2”.
        </p>
      </div>
      <div>
        <label className="label" htmlFor="setup-dumbbell">
          Dumbbell step ({unit})
        </label>
        <input id="setup-dumbbell" className="input" inputMode="decimal" value={dumbbell} onChange={(event) => setDumbbell(event.target.value)} />
      </div>
      <div>
        <label className="label" htmlFor="setup-machine">
          Machine step ({unit})
        </label>
        <input id="setup-machine" className="input" inputMode="decimal" value={machine} onChange={(event) => setMachine(event.target.value)} />
      </div>
      <div className="col-span-2 space-y-2">
        {save.isError ? <Alert>{messageOf(save.error)}</Alert> : null}
        {save.isSuccess ? <Alert tone="success">Saved. New targets use these plates.</Alert> : null}
        <button type="submit" className="btn-primary w-full" disabled={save.isPending}>
          Save bar and plates
        </button>
      </div>
    </form>
  );
}
