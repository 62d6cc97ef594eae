"use client";

import { useState } from "react";
import type { TTrainingSetup } from "@/lib/schemas/training-setup";
import { platesPerSide } from "@/lib/train/plates";

const trim = (value: number) => String(Math.round(value * 100) / 100);

/** Which plates go on each side of the bar for `total` (in the setup's unit). */
export function PlateBreakdownView({ total, setup }: { total: number; setup: TTrainingSetup }) {
  if (!Number.isFinite(total) || total <= 0) return <p className="text-sm text-slate-600">Enter a weight to see the plates.</p>;
  const breakdown = platesPerSide(total, setup);
  const unit = setup.unit;
  if (breakdown.belowBar) {
    return <p className="text-sm text-slate-700">That is less than the bar ({trim(setup.barWeight)} {unit}).</p>;
  }
  return (
    <div className="space-y-1 text-sm text-slate-800" aria-live="polite">
      <p>
        <span className="font-semibold">Each side:</span>{" "}
        {breakdown.perSide.length > 0 ? breakdown.perSide.map(trim).join(" + ") : "no plates"} {breakdown.perSide.length > 0 ? unit : ""}
      </p>
      <p className="text-slate-600">
        Bar {trim(setup.barWeight)} {unit} + 2 × {trim((breakdown.achieved - setup.barWeight) / 2)} {unit} = {trim(breakdown.achieved)} {unit}
      </p>
      {breakdown.remainder > 0.001 ? (
        <p className="text-amber-800">
          Your plates make {trim(breakdown.achieved)} {unit}; {trim(breakdown.remainder)} {unit} short of {trim(total)} {unit}.
        </p>
      ) : null}
    </div>
  );
}

/** A standalone calculator: type a total, see the plates. */
export function PlateCalculator({ setup, initial }: { setup: TTrainingSetup; initial?: number }) {
  return (
    <form className="space-y-3" onSubmit={(event) => event.preventDefault()}>
      <PlateCalculatorFields setup={setup} initial={initial} />
    </form>
  );
}

function PlateCalculatorFields({ setup, initial }: { setup: TTrainingSetup; initial?: number }) {
  const [value, setValue] = useState(initial ? String(initial) : "");
  return (
    <>
      <label className="label" htmlFor="plate-total">
        Total weight ({setup.unit})
      </label>
      <input id="plate-total" className="input" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
      <PlateBreakdownView total={Number(value.replace(",", "."))} setup={setup} />
    </>
  );
}
