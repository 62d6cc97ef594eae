import Link from "next/link";
import type { Nutrients } from "@/lib/nutrition/nutrients";

const macroRows = [
  { key: "proteinG", label: "Protein" },
  { key: "carbsG", label: "Carbs" },
  { key: "fatG", label: "Fat" },
  { key: "fiberG", label: "Fibre" },
] as const;

const grams = (value: number) => `${Math.round(value)} g`;
const kcal = (value: number) => `${Math.round(value).toLocaleString("en-GB")} kcal`;

/**
 * A bar as a native <progress>: the page's CSP allows no inline widths, and screen readers announce
 * it as a value out of a maximum. Over the target it stays full and the words say "over".
 */
function Bar({ id, value, max, over }: { id: string; value: number; max: number; over: boolean }) {
  const colour = over
    ? "[&::-moz-progress-bar]:bg-amber-600 [&::-webkit-progress-value]:bg-amber-600"
    : "[&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-value]:bg-brand-600";
  return (
    <progress
      aria-labelledby={id}
      value={Math.min(value, max)}
      max={max}
      className={`h-2.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-webkit-progress-bar]:bg-slate-200 ${colour}`}
    />
  );
}

/** What the day adds up to against its target: energy first and in words, then the macros. */
export function TotalsCard({ totals, target }: { totals: Nutrients; target: Nutrients | null }) {
  if (!target) {
    return (
      <section aria-labelledby="totals-title" className="card space-y-2">
        <h2 id="totals-title" className="text-lg font-semibold">
          {kcal(totals.energyKcal)} eaten
        </h2>
        <p className="text-sm text-slate-700">
          Protein {grams(totals.proteinG)} · Carbs {grams(totals.carbsG)} · Fat {grams(totals.fatG)} · Fibre {grams(totals.fiberG)}
        </p>
        <p className="text-sm text-slate-700">
          Set your targets to see how your day is going.{" "}
          <Link href="/eat/targets" className="font-semibold text-brand-700 underline">
            Set your targets
          </Link>
        </p>
      </section>
    );
  }
  const left = Math.round(target.energyKcal - totals.energyKcal);
  const over = left < 0;
  return (
    <section aria-labelledby="totals-title" className="card space-y-4">
      <h2 id="totals-title" className="sr-only">
        Totals
      </h2>
      <div className="space-y-2">
        <p className="flex flex-wrap items-baseline justify-between gap-2">
          <span id="energy-label">
            <span className="text-3xl font-bold" data-testid="energy-eaten">
              {Math.round(totals.energyKcal).toLocaleString("en-GB")}
            </span>{" "}
            <span className="text-slate-700">of {kcal(target.energyKcal)}</span>
          </span>
          <span className={`rounded-full px-3 py-1 text-sm font-semibold ${over ? "bg-amber-100 text-amber-900" : "bg-brand-50 text-brand-900"}`} data-testid="energy-left">
            {over ? `${kcal(-left)} over` : `${kcal(left)} left`}
          </span>
        </p>
        <Bar id="energy-label" value={totals.energyKcal} max={target.energyKcal} over={over} />
      </div>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-3">
        {macroRows.map((row) => {
          const overMacro = row.key !== "fiberG" && row.key !== "proteinG" && totals[row.key] > target[row.key] + 0.5;
          return (
            <li key={row.key} className="space-y-1">
              <p id={`macro-${row.key}`} className="flex justify-between text-sm">
                <span className="font-medium">{row.label}</span>
                <span className="text-slate-700">
                  {grams(totals[row.key])} / {grams(target[row.key])}
                </span>
              </p>
              <Bar id={`macro-${row.key}`} value={totals[row.key]} max={Math.max(target[row.key], 1)} over={overMacro} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
